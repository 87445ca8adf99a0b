// KBIngest
