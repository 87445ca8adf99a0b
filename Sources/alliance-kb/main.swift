print("alliance-kb")
