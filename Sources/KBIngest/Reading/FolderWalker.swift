import Foundation

/// A file found for ingestion: where it is and how to show it.
public struct ArticleFile: Sendable, Hashable {
    /// Absolute, standardised path (symbolic links kept as walked).
    public var absolutePath: String
    /// Relative to the folder given on the command line; the file name for a file given directly.
    public var relativePath: String

    public init(absolutePath: String, relativePath: String) {
        self.absolutePath = absolutePath
        self.relativePath = relativePath
    }

    /// The lower-cased extension, without the dot.
    public var fileExtension: String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
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
/// Folders are walked recursively in name order; hidden files and folders (".git", ".DS_Store")
/// are passed over. Symbolic links are followed, but each real folder and file is visited once,
/// so a link that loops back to a parent ends the descent instead of recursing forever.
public struct FolderWalker {
    /// Extensions `ArticleReader` reads.
    public static let readableExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl"]
    /// Deeper folders than this are not entered (a guard in case real paths cannot be resolved).
    public static let maxDepth = 64

    public private(set) var files: [ArticleFile] = []
    public private(set) var skipped: [SkippedPath] = []
    /// Command-line paths that do not exist or cannot be read.
    public private(set) var failed: [SkippedPath] = []
    private var visitedFolders = Set<String>()
    private var visitedFiles = Set<String>()

    public init() {}

    /// Walks every path and returns the walker with `files` and `skipped` filled.
    public static func walk(_ paths: [String]) -> FolderWalker {
        var walker = FolderWalker()
        for p in paths { walker.add(p) }
        return walker
    }

    /// Adds one command-line path: a folder (walked) or a file.
    public mutating func add(_ path: String) {
        let absolute = Self.absolute(path)
        var st = stat()
        guard stat(absolute, &st) == 0 else {
            let why = errno == ENOENT ? (Self.isLink(absolute) ? "broken symbolic link" : "no such file or folder")
                                      : String(cString: strerror(errno))
            failed.append(SkippedPath(path: path, reason: why))
            return
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            walkFolder(absolute, relative: "", depth: 0)
        } else {
            let name = (absolute as NSString).lastPathComponent
            consider(ArticleFile(absolutePath: absolute, relativePath: name), mode: st.st_mode, explicit: true)
        }
    }

    private mutating func walkFolder(_ folder: String, relative: String, depth: Int) {
        let real = Self.realPath(folder)
        guard visitedFolders.insert(real).inserted else {
            skipped.append(SkippedPath(path: relative.isEmpty ? folder : relative,
                                       reason: "symbolic link loop (folder already visited)"))
            return
        }
        guard depth < Self.maxDepth else {
            skipped.append(SkippedPath(path: relative, reason: "folder nested deeper than \(Self.maxDepth) levels"))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            // The OS's reason, from opendir: FileManager's error does not carry errno.
            var reason = "folder cannot be read"
            if let d = opendir(folder) { closedir(d) } else { reason += ": \(String(cString: strerror(errno)))" }
            if relative.isEmpty {
                // A folder named on the command line that cannot be read fails the run, as a file would.
                failed.append(SkippedPath(path: folder, reason: reason))
            } else {
                skipped.append(SkippedPath(path: relative, reason: reason))
            }
            return
        }
        for name in names where !name.hasPrefix(".") {
            let absolute = folder + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard stat(absolute, &st) == 0 else {
                skipped.append(SkippedPath(path: rel, reason: Self.isLink(absolute) ? "broken symbolic link" : "cannot be read"))
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walkFolder(absolute, relative: rel, depth: depth + 1)
            } else {
                consider(ArticleFile(absolutePath: absolute, relativePath: rel), mode: st.st_mode, explicit: false)
            }
        }
    }

    private mutating func consider(_ file: ArticleFile, mode: mode_t, explicit: Bool) {
        guard (mode & S_IFMT) == S_IFREG else {
            skipped.append(SkippedPath(path: file.relativePath, reason: "not a regular file"))
            return
        }
        let ext = file.fileExtension
        guard Self.readableExtensions.contains(ext) else {
            skipped.append(SkippedPath(path: file.relativePath,
                                       reason: ext.isEmpty ? "no file extension" : "unsupported file type .\(ext)"))
            return
        }
        guard visitedFiles.insert(Self.realPath(file.absolutePath)).inserted else {
            skipped.append(SkippedPath(path: file.relativePath, reason: "same file already read through another path"))
            return
        }
        files.append(file)
    }

    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path, isDirectory: false)
        var p = url.standardizedFileURL.path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    static func realPath(_ path: String) -> String {
        guard let r = realpath(path, nil) else { return path }
        defer { free(r) }
        return String(cString: r)
    }

    static func isLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }
}
