import Foundation
import Testing

/// The folders `temporaryDatabasePath()` made for the running test, removed when it ends, whether
/// it passed, failed or threw: `@Suite(.temporaryFolders)` gives each test of the suite its own.
final class TemporaryFolders: @unchecked Sendable {
    @TaskLocal static var current: TemporaryFolders?

    private let lock = NSLock()
    private var folders: [URL] = []

    /// Adds `folder` to the running test's folders; outside one it would be left behind, so that is an issue.
    static func keep(_ folder: URL) {
        guard let current else {
            Issue.record("\(folder.path) is made outside a test with the .temporaryFolders trait and would be left behind")
            return
        }
        current.lock.withLock { current.folders.append(folder) }
    }

    func removeAll() {
        for folder in lock.withLock({ folders }) { try? FileManager.default.removeItem(at: folder) }
    }
}

struct TemporaryFoldersTrait: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let folders = TemporaryFolders()
        defer { folders.removeAll() }
        try await TemporaryFolders.$current.withValue(folders) { try await function() }
    }
}

extension Trait where Self == TemporaryFoldersTrait {
    /// Each test's temporary databases are removed when it ends.
    static var temporaryFolders: Self { TemporaryFoldersTrait() }
}
