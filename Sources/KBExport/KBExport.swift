// KBExport
