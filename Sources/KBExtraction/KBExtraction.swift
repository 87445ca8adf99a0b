// KBExtraction
