// KBQuery
