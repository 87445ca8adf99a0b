// KBStorage
