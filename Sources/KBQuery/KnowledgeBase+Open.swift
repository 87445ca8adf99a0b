import Foundation
import KBStorage

extension KnowledgeBase {
    /// Opens the knowledge base at `path`, migrated to the latest schema. A query never creates
    /// one: a missing file is an error that says how to build it; `create` is for commands that
    /// load data (import-reference).
    public static func open(path: String, create: Bool = false) throws -> KnowledgeBase {
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw QueryError.missingDatabase(path: path)
        }
        let store = create ? try KnowledgeStore(path: path) : try KnowledgeStore(existing: path)
        return KnowledgeBase(connection: store.database)
    }
}
