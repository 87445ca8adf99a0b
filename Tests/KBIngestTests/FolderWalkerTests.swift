import Foundation
import Testing
@testable import KBIngest

@Suite struct FolderWalkerTests {
    @Test func walksRecursivelySkippingHiddenAndUnsupportedFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "a")
        try folder.write("sub/b.md", "b")
        try folder.write("sub/deeper/c.HTML", "c")
        try folder.write("sub/d.jsonl", "{}")
        try folder.write("report.pdf", "%PDF")
        try folder.write("notes", "no extension")
        try folder.write(".hidden.txt", "h")
        try folder.write(".git/config.txt", "g")
        let walk = FolderWalker.walk([folder.path])
        #expect(walk.files.map(\.relativePath) == ["a.txt", "sub/b.md", "sub/d.jsonl", "sub/deeper/c.HTML"])
        #expect(walk.files[0].absolutePath == folder.path + "/a.txt")
        #expect(Set(walk.skipped.map(\.reason)) == ["unsupported file type .pdf", "no file extension"])
        #expect(walk.failed.isEmpty)
    }

    @Test func aSingleFileIsNamedByItsFileName() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("x/y/one.txt", "a")
        let walk = FolderWalker.walk([path])
        #expect(walk.files == [ArticleFile(absolutePath: path, relativePath: "one.txt")])
    }

    @Test func linkLoopsEndWithoutHangingAndLinkedFilesAreReadOnce() throws {
        let folder = try TemporaryFolder()
        try folder.write("news/a.txt", "a")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/news/loop", withDestinationPath: folder.path + "/news")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/news/self", withDestinationPath: "self")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/news/same.txt", withDestinationPath: "a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/news/gone.txt", withDestinationPath: "nowhere.txt")
        let walk = FolderWalker.walk([folder.path])
        #expect(walk.files.map(\.relativePath) == ["news/a.txt"])
        let reasons = Dictionary(uniqueKeysWithValues: walk.skipped.map { ($0.path, $0.reason) })
        #expect(reasons["news/loop"]?.contains("loop") == true)
        #expect(reasons["news/same.txt"]?.contains("already read") == true)
        #expect(reasons["news/gone.txt"] == "broken symbolic link")
        #expect(reasons["news/self"] != nil)
    }

    @Test func aMissingCommandLinePathIsAFailure() {
        let walk = FolderWalker.walk(["/nonexistent/folder"])
        #expect(walk.files.isEmpty)
        #expect(walk.failed.map(\.reason) == ["no such file or folder"])
    }

    @Test func badInputSampleFolderIsFullyListed() {
        let walk = FolderWalker.walk([sampleData + "/bad-input"])
        #expect(walk.files.count == 9)
        #expect(walk.skipped.map(\.path) == ["README"])
    }
}
