import Foundation

/// A file found for ingestion: where it is and how to show it.
public struct ArticleFile: Sendable, Hashable {
    /// Absolute, standardised path (symbolic links kept as walked), in printable form: a name that
    /// is not valid UTF-8 shows each stray byte as `\xFF` (see `FileName.printable`).
    public var absolutePath: String
    /// Relative to the folder given on the command line; the file name for a file given directly (printable form).
    public var relativePath: String
    /// The path's bytes as the file system holds them, without the terminating NUL: what `open` is given.
    public var systemPath: [UInt8]
    /// What `stat` said when the file was found (zero when the file was named by its path alone).
    public var status: FileStatus

    public init(absolutePath: String, relativePath: String) {
        self.absolutePath = absolutePath
        self.relativePath = relativePath
        self.systemPath = Array(absolutePath.utf8)
        self.status = FileStatus()
    }

    init(systemPath: [UInt8], relativePath: String, status: FileStatus) {
        self.absolutePath = FileName.printable(systemPath)
        self.relativePath = relativePath
        self.systemPath = systemPath
        self.status = status
    }

    public static func == (a: ArticleFile, b: ArticleFile) -> Bool {
        a.systemPath == b.systemPath && a.relativePath == b.relativePath
    }

    public func hash(into h: inout Hasher) {
        h.combine(systemPath)
        h.combine(relativePath)
    }

    /// The lower-cased extension, without the dot.
    public var fileExtension: String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Calls `body` with the path as a C string for POSIX calls.
    func withSystemPath<T>(_ body: (UnsafePointer<CChar>) -> T) -> T { withCPath(systemPath, body) }
}

/// Calls `body` with the raw bytes of a path as a NUL-terminated C string (names need not be UTF-8).
func withCPath<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
    (path + [0]).withUnsafeBufferPointer { buf in
        buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { body($0) }
    }
}

/// The `stat` facts that tell whether a file changed since it was last ingested.
public struct FileStatus: Sendable, Hashable {
    public var size: Int64 = 0
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64 = 0
    /// Inode change time in nanoseconds since 1970 (changes with any write, rename or chmod).
    public var changed: Int64 = 0
    public var inode: UInt64 = 0
    public var device: UInt64 = 0

    public init() {}

    init(_ st: Glibc.stat) {
        size = Int64(st.st_size)
        modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        changed = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
        inode = UInt64(st.st_ino)
        device = UInt64(st.st_dev)
    }
}

/// File names as bytes: Linux allows any byte but NUL and `/` in a name, valid UTF-8 or not.
public enum FileName {
    /// The name as text: valid UTF-8 as it is, each byte that is not part of a valid UTF-8
    /// character as `\xFF` (upper-case hex), so that the form is printable and tells the bytes apart.
    ///
    ///     FileName.printable([0x61, 0xFF, 0x2E, 0x74, 0x78, 0x74])   // "a\xFF.txt"
    public static func printable(_ bytes: [UInt8]) -> String {
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        var out = ""
        var i = 0
        while i < bytes.count {
            let n = validSequenceLength(bytes, at: i)
            if n > 0 {
                out += String(decoding: bytes[i..<(i + n)], as: UTF8.self)
                i += n
            } else {
                let hex = String(bytes[i], radix: 16, uppercase: true)
                out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
                i += 1
            }
        }
        return out
    }

    /// The length of the valid UTF-8 character starting at `i`, or 0.
    private static func validSequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let c = b[i]
        let n: Int
        switch c {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: n = 2
        case 0xE0...0xEF: n = 3
        case 0xF0...0xF4: n = 4
        default: return 0
        }
        guard i + n <= b.count else { return 0 }
        return String(validating: b[i..<(i + n)], as: UTF8.self) == nil ? 0 : n
    }
}

/// A path that was not read, and why.
public struct SkippedPath: Sendable, Hashable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Finds the article files under the paths given to `ingest`.
///
/// Folders are walked recursively in name order (byte order) with `opendir`/`readdir`, so that
/// names that are not valid UTF-8 are found and opened as they are; hidden files and folders
/// (".git", ".DS_Store") are passed over. Symbolic links are followed, but each real folder and
/// file is visited once (by device and inode), so a link that loops back to a parent ends the
/// descent instead of recursing forever. `visit` streams the files as they are found: memory stays
/// at one folder's names per level, whatever the number of files.
public struct FolderWalker {
    /// Extensions `ArticleReader` reads.
    public static let readableExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl"]
    /// Deeper folders than this are not entered (a guard in case real paths cannot be resolved).
    public static let maxDepth = 64

    /// What the walk finds, in order.
    public enum Found {
        case file(ArticleFile)
        case skipped(SkippedPath)
        /// A command-line path that does not exist or cannot be read.
        case failed(SkippedPath)
    }

    public private(set) var files: [ArticleFile] = []
    public private(set) var skipped: [SkippedPath] = []
    /// Command-line paths that do not exist or cannot be read.
    public private(set) var failed: [SkippedPath] = []

    public init() {}

    /// Walks every path and returns the walker with `files`, `skipped` and `failed` filled.
    public static func walk(_ paths: [String]) -> FolderWalker {
        var walker = FolderWalker()
        visit(paths) { found in
            switch found {
            case .file(let f): walker.files.append(f)
            case .skipped(let s): walker.skipped.append(s)
            case .failed(let s): walker.failed.append(s)
            }
            return true
        }
        return walker
    }

    /// Walks every path, handing each find to `body` as soon as it is made; `body` returns false to stop.
    public static func visit(_ paths: [String], _ body: (Found) -> Bool) {
        withoutActuallyEscaping(body) { body in
            var walk = Walk(body: body)
            for p in paths where !walk.stopped { walk.add(p) }
        }
    }

    private struct Identity: Hashable { var device: UInt64, inode: UInt64 }

    private struct Walk {
        let body: (Found) -> Bool
        var stopped = false
        var visitedFolders = Set<Identity>()
        var visitedFiles = Set<Identity>()

        init(body: @escaping (Found) -> Bool) { self.body = body }

        mutating func emit(_ f: Found) {
            if !stopped && !body(f) { stopped = true }
        }

        mutating func add(_ path: String) {
            let absolute = Array(FolderWalker.absolute(path).utf8)
            var st = Glibc.stat()
            guard Self.statPath(absolute, &st) else {
                let why = errno == ENOENT ? (Self.isLink(absolute) ? "broken symbolic link" : "no such file or folder")
                                          : String(cString: strerror(errno))
                emit(.failed(SkippedPath(path: path, reason: why)))
                return
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walkFolder(absolute, relative: "", status: st, depth: 0)
            } else {
                let name = Array(absolute.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).last ?? [])
                consider(ArticleFile(systemPath: absolute, relativePath: FileName.printable(name), status: FileStatus(st)),
                         mode: st.st_mode)
            }
        }

        mutating func walkFolder(_ folder: [UInt8], relative: String, status: Glibc.stat, depth: Int) {
            guard visitedFolders.insert(Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted else {
                emit(.skipped(SkippedPath(path: relative.isEmpty ? FileName.printable(folder) : relative,
                                          reason: "symbolic link loop (folder already visited)")))
                return
            }
            guard depth < FolderWalker.maxDepth else {
                emit(.skipped(SkippedPath(path: relative, reason: "folder nested deeper than \(FolderWalker.maxDepth) levels")))
                return
            }
            guard let names = Self.names(in: folder) else {
                let reason = "folder cannot be read: \(String(cString: strerror(errno)))"
                // A folder named on the command line that cannot be read fails the run, as a file would.
                emit(relative.isEmpty ? .failed(SkippedPath(path: FileName.printable(folder), reason: reason))
                                      : .skipped(SkippedPath(path: relative, reason: reason)))
                return
            }
            for name in names where name.first != UInt8(ascii: ".") {
                if stopped { return }
                let absolute = folder + [UInt8(ascii: "/")] + name
                let shown = FileName.printable(name)
                let rel = relative.isEmpty ? shown : relative + "/" + shown
                var st = Glibc.stat()
                guard Self.statPath(absolute, &st) else {
                    emit(.skipped(SkippedPath(path: rel, reason: Self.isLink(absolute) ? "broken symbolic link" : "cannot be read")))
                    continue
                }
                if (st.st_mode & S_IFMT) == S_IFDIR {
                    walkFolder(absolute, relative: rel, status: st, depth: depth + 1)
                } else {
                    consider(ArticleFile(systemPath: absolute, relativePath: rel, status: FileStatus(st)), mode: st.st_mode)
                }
            }
        }

        mutating func consider(_ file: ArticleFile, mode: mode_t) {
            guard (mode & S_IFMT) == S_IFREG else {
                emit(.skipped(SkippedPath(path: file.relativePath, reason: "not a regular file")))
                return
            }
            let ext = file.fileExtension
            guard FolderWalker.readableExtensions.contains(ext) else {
                emit(.skipped(SkippedPath(path: file.relativePath,
                                          reason: ext.isEmpty ? "no file extension" : "unsupported file type .\(ext)")))
                return
            }
            guard visitedFiles.insert(Identity(device: file.status.device, inode: file.status.inode)).inserted else {
                emit(.skipped(SkippedPath(path: file.relativePath, reason: "same file already read through another path")))
                return
            }
            emit(.file(file))
        }

        /// The entry names of a folder in byte order, without "." and ".."; nil (errno set) when it cannot be read.
        static func names(in folder: [UInt8]) -> [[UInt8]]? {
            let dir: OpaquePointer? = withCPath(folder) { opendir($0) }
            guard let dir else { return nil }
            defer { closedir(dir) }
            var out: [[UInt8]] = []
            while true {
                errno = 0
                guard let entry = readdir(dir) else { break }
                let name: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    let bytes = raw.bindMemory(to: UInt8.self)
                    let n = bytes.firstIndex(of: 0) ?? bytes.count
                    return Array(bytes[0..<n])
                }
                if name == [0x2E] || name == [0x2E, 0x2E] { continue }
                out.append(name)
            }
            out.sort { $0.lexicographicallyPrecedes($1) }
            return out
        }

        static func statPath(_ path: [UInt8], _ st: inout Glibc.stat) -> Bool {
            withCPath(path) { posixStat($0, &st) == 0 }
        }

        static func isLink(_ path: [UInt8]) -> Bool {
            var st = Glibc.stat()
            return withCPath(path) { lstat($0, &st) == 0 } && (st.st_mode & S_IFMT) == S_IFLNK
        }
    }

    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path, isDirectory: false)
        var p = url.standardizedFileURL.path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }
}

/// `stat(2)` (by a name of its own: inside the walker `stat` names the struct).
private func posixStat(_ path: UnsafePointer<CChar>, _ st: inout stat) -> Int32 {
    stat(path, &st)
}
