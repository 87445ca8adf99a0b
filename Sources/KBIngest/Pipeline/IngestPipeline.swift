import Foundation
import KBExtraction
import KBModel

/// How `ingest` runs.
public struct IngestOptions: Sendable {
    public var reader: ReaderOptions
    /// Extraction workers; the default is the number of cores.
    public var jobs: Int
    /// Draw the progress line (by default: when stderr is a terminal).
    public var showProgress: Bool

    public init(reader: ReaderOptions = ReaderOptions(), jobs: Int? = nil, showProgress: Bool? = nil) {
        self.reader = reader
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.showProgress = showProgress ?? ProgressLine.stderrIsTerminal
    }
}

/// A run that cannot go on: the knowledge base cannot be opened or written.
public struct IngestError: Error, LocalizedError, CustomStringConvertible, Sendable {
    public var description: String
    public var errorDescription: String? { description }

    public init(_ description: String) {
        self.description = description
    }
}

/// Files → articles → facts → store, in three stages joined by bounded queues:
/// one reader thread (walks, decodes, hashes and skips what is already stored), `jobs` extraction
/// threads, and one writer (the calling thread). Each article is written all or nothing; the writer
/// groups consecutive articles into one commit (up to `batchSize`, or `batchSeconds`, or until it
/// would wait for work), since a commit per article rewrites the same index pages hundreds of times.
/// A run stopped at any moment leaves a consistent store, and the next run finishes the work.
///
///     let report = try IngestPipeline(storePath: "kb.sqlite", options: IngestOptions()).run(paths: ["SampleData/articles"])
public final class IngestPipeline: @unchecked Sendable {
    public let options: IngestOptions
    private let openStore: @Sendable () throws -> any ArticleStore
    /// Consecutive failed writes after which the store is taken to be unusable and the run stops.
    static let fatalWriteFailures = 3
    /// The most articles in one commit.
    static let batchSize = 256
    /// The longest a commit waits for more articles.
    static let batchSeconds = 1.0

    /// A pipeline over any store; `openStore` is called twice (the writer's and the reader's connection).
    public init(options: IngestOptions = IngestOptions(), openStore: @escaping @Sendable () throws -> any ArticleStore) {
        self.options = options
        self.openStore = openStore
    }

    private enum Work: @unchecked Sendable {
        case extract(Article, hash: String)
    }

    private enum Outcome: @unchecked Sendable {
        case write(Article, hash: String, facts: ArticleFacts)
        /// The text is stored under another location: the store drops this location's earlier
        /// version (if any) and records the duplicate, without extracting.
        case duplicate(Article, hash: String)
        case alreadyStored(Article, location: String, path: String)
        case item(ReadItem)
        case fileRead(bytes: Int)
        case fatal(String)
    }

    /// Ingests every article under `paths`. Throws only when the store is unusable; bad files are in the report.
    public func run(paths: [String]) throws -> IngestReport {
        let started = Date()
        let writer: any ArticleStore
        do {
            writer = try openStore()
            try writer.syncAliases(Gazetteer.shared.aliases)
        } catch {
            // The store's own errors say which file and what to do; only bare ones get a preamble.
            let message = "\(error)"
            throw IngestError(message.lowercased().contains("knowledge base") ? message : "cannot open the knowledge base: \(message)")
        }
        let walk = FolderWalker.walk(paths)
        var report = IngestReport()
        report.filesFound = walk.files.count
        report.skipped = walk.skipped
        report.failed = walk.failed

        let jobs = options.jobs
        let toExtract = BoundedQueue<Work>(capacity: jobs * 4)
        let toWrite = BoundedQueue<Outcome>(capacity: jobs * 4 + 16)
        let reader = ArticleReader(options: options.reader)
        let files = walk.files
        let openStore = self.openStore

        let readerThread = Thread {
            defer { toExtract.close() }
            let lookup: any ArticleStore
            do { lookup = try openStore() } catch {
                toWrite.push(.fatal("cannot open the knowledge base for reading: \(error)"))
                return
            }
            for file in files {
                var ok = true
                reader.read(file) { item in
                    guard ok else { return }
                    guard case .article(let article) = item else { ok = toWrite.push(.item(item)); return }
                    let hash = ContentHash.of(text: article.text)
                    do {
                        if let stored = try lookup.storedArticle(contentHash: hash) {
                            ok = toWrite.push(stored.location == article.location
                                ? .alreadyStored(article, location: stored.location, path: stored.path)
                                : .duplicate(article, hash: hash))
                        } else {
                            ok = toExtract.push(.extract(article, hash: hash))
                        }
                    } catch {
                        toWrite.push(.fatal("cannot read the knowledge base: \(error)"))
                        ok = false
                    }
                }
                guard ok, toWrite.push(.fileRead(bytes: Self.size(of: file.absolutePath))) else { return }
            }
        }
        readerThread.name = "ingest-reader"
        readerThread.start()

        let remaining = Counter(jobs)
        for i in 0..<jobs {
            let worker = Thread {
                while case .extract(let article, let hash)? = toExtract.pop() {
                    let facts = Extractor.shared.extract(article)
                    if !toWrite.push(.write(article, hash: hash, facts: facts)) { break }
                }
                if remaining.decrement() == 0 { toWrite.close() }
            }
            worker.name = "ingest-extract-\(i)"
            worker.start()
        }

        let progress = ProgressLine(enabled: options.showProgress)
        var filesRead = 0
        var failedWrites = 0
        var fatal: String?
        var batch: (count: Int, started: Date)?
        func commit() {
            guard batch != nil else { return }
            batch = nil
            do { try writer.commitBatch() } catch { fatal = "the knowledge base cannot be written: \(error)" }
        }
        while fatal == nil {
            if batch != nil && toWrite.wouldWait { commit(); continue }
            guard let outcome = toWrite.pop() else { break }
            switch outcome {
            case .write, .duplicate:
                var (article, hash, facts): (Article, String, ArticleFacts?)
                switch outcome {
                case .write(let a, let h, let f): (article, hash, facts) = (a, h, f)
                case .duplicate(let a, let h): (article, hash, facts) = (a, h, nil)
                default: continue
                }
                report.articlesRead += 1
                if batch == nil {
                    do {
                        try writer.beginBatch()
                        batch = (0, Date())
                    } catch {
                        fatal = "the knowledge base cannot be written: \(error)"
                        continue
                    }
                }
                batch!.count += 1
                defer {
                    if let b = batch, b.count >= Self.batchSize || Date().timeIntervalSince(b.started) >= Self.batchSeconds { commit() }
                }
                do {
                    if facts == nil {
                        // The other copy may have been replaced since the reader looked: then this one is new.
                        facts = try writer.storedArticle(contentHash: hash) != nil
                            ? ArticleFacts(language: article.declaredLanguage ?? .english, published: nil, publishedBasis: .unknown)
                            : Extractor.shared.extract(article)
                    }
                    switch try writer.write(article: article, contentHash: hash, facts: facts!) {
                    case .inserted: report.inserted += 1
                    case .replaced: report.replaced += 1
                    case .unchanged: report.unchanged += 1
                    case .duplicate(let stored):
                        report.unchanged += 1
                        report.duplicates.append(.init(path: article.path, storedPath: stored))
                    }
                    failedWrites = 0
                } catch {
                    report.failed.append(SkippedPath(path: article.path, reason: "could not be stored: \(error)"))
                    failedWrites += 1
                    if failedWrites >= Self.fatalWriteFailures {
                        fatal = "the knowledge base cannot be written (\(error)); stopped after \(failedWrites) failed writes"
                    }
                }
            case .alreadyStored(let article, let location, let path):
                report.articlesRead += 1
                report.unchanged += 1
                if location != article.location { report.duplicates.append(.init(path: article.path, storedPath: path)) }
            case .item(.skipped(let s)): report.skipped.append(s)
            case .item(.failed(let path, let reason)): report.failed.append(SkippedPath(path: path, reason: reason))
            case .item(.warning(let path, let message)): report.warnings.append(SkippedPath(path: path, reason: message))
            case .item(.article): break
            case .fileRead(let bytes):
                filesRead += 1
                report.bytesRead += bytes
            case .fatal(let message):
                fatal = message
            }
            progress.update(articles: report.articlesRead, filesRead: filesRead, filesTotal: files.count)
        }
        commit()
        progress.clear()
        if let fatal {
            toWrite.cancel()
            toExtract.cancel()
            throw IngestError(fatal + ". Articles stored so far are kept; run ingest again to finish.")
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    private static func size(of path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }
}

/// A thread-safe countdown.
private final class Counter: @unchecked Sendable {
    private var value: Int
    private let lock = NSLock()
    init(_ value: Int) { self.value = value }
    func decrement() -> Int { lock.lock(); defer { lock.unlock() }; value -= 1; return value }
}
