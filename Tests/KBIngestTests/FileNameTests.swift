import Foundation
import KBModel
import KBStorage
import Testing
@testable import KBIngest

/// File names that are not valid UTF-8, and UTF-16 files without a byte order mark (issue 10, fault 6).
@Suite struct FileNameTests {
    /// Creates `folder/<bytes>` with `text`, by raw bytes (Foundation cannot name such a file).
    func writeFile(in folder: String, name: [UInt8], text: [UInt8]) throws {
        let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = path.withUnsafeBufferPointer {
            $0.baseAddress!.withMemoryRebound(to: CChar.self, capacity: $0.count) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        #expect(fd >= 0)
        _ = text.withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, $0.count) }
        close(fd)
    }

    @Test func printableFormShowsStrayBytesAsHex() {
        #expect(FileName.printable(Array("خبر.txt".utf8)) == "خبر.txt")
        #expect(FileName.printable([0x61, 0xFF, 0x2E, 0x74, 0x78, 0x74]) == "a\\xFF.txt")
        // a cut Arabic letter (first byte of two) and a lone continuation byte
        #expect(FileName.printable([0xD8, 0x2E, 0x80, 0x41]) == "\\xD8.\\x80A")
    }

    @Test func aFileNameWithByteFFIsFoundReadAndStored() throws {
        let folder = try TemporaryFolder()
        let name: [UInt8] = Array("news-".utf8) + [0xFF] + Array(".txt".utf8)
        try writeFile(in: folder.path, name: name, text: Array("Kazakhstan asked the Collective Security Treaty Organization for help in January 2022.".utf8))
        let walk = FolderWalker.walk([folder.path])
        #expect(walk.files.map(\.relativePath) == ["news-\\xFF.txt"])
        #expect(walk.files.first?.systemPath.suffix(name.count).elementsEqual(name) == true)

        let db = folder.path + "/kb.sqlite"
        let report = try IngestPipeline(storePath: db, options: IngestOptions(jobs: 1, showProgress: false)).run(paths: [folder.path])
        #expect(report.inserted == 1)
        #expect(report.failed.isEmpty)
        let store = try KnowledgeStore(existing: db)
        #expect(try store.database.scalar(sql: "SELECT path FROM article").text == "news-\\xFF.txt")
        #expect(try store.database.scalar(sql: "SELECT count(*) FROM mention").int64 ?? 0 > 0)
    }

    @Test func aUTF16FileWithoutAByteOrderMarkIsReadNotTakenForBinary() throws {
        let folder = try TemporaryFolder()
        let text = "Армения заморозила участие в ОДКБ в феврале 2024 года."
        let bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let path = try folder.write("ru-utf16.txt", bytes: bytes)
        let items = ArticleReader().read(ArticleFile(absolutePath: path, relativePath: "ru-utf16.txt"))
        #expect(items.count == 1)
        guard case .article(let a)? = items.first else { Issue.record("not read: \(items)"); return }
        #expect(a.text == text)
    }
}
