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
    /// Seconds one article's extraction may take before it is reported and passed over (nil: no limit).
    public var articleTimeLimit: Double?

    /// The default time limit of one article: far above what a 5 MB article needs (a few seconds).
    public static let defaultArticleTimeLimit = 60.0

    public init(reader: ReaderOptions = ReaderOptions(), jobs: Int? = nil, showProgress: Bool? = nil,
                articleTimeLimit: Double? = IngestOptions.defaultArticleTimeLimit) {
        self.reader = reader
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.showProgress = showProgress ?? ProgressLine.stderrIsTerminal
        self.articleTimeLimit = articleTimeLimit
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
/// one reader thread (walks the folders as a stream, skips files unchanged since they were stored,
/// decodes, hashes and skips what is already stored), `jobs` extraction threads, and one writer
/// (the calling thread, see `BatchWriter`: a commit per batch of `batchSize` articles). Into an
/// empty knowledge base the secondary indexes are built once at the end. A run stopped at any
/// moment leaves a consistent store, and the next run finishes the work.
///
///     let report = try IngestPipeline(storePath: "kb.sqlite", options: IngestOptions()).run(paths: ["SampleData/articles"])
public final class IngestPipeline: @unchecked Sendable {
    public let options: IngestOptions
    private let openStore: @Sendable () throws -> any ArticleStore
    /// Consecutive failed writes after which the store is taken to be unusable and the run stops.
    static let fatalWriteFailures = 3
    /// The most articles in one commit.
    static let batchSize = 500
    /// The longest a commit waits for more articles.
    static let batchSeconds = 1.0

    /// A pipeline over any store; `openStore` is called twice (the writer's and the reader's connection).
    public init(options: IngestOptions = IngestOptions(), openStore: @escaping @Sendable () throws -> any ArticleStore) {
        self.options = options
        self.openStore = openStore
    }

    private enum Work: @unchecked Sendable {
        case extract(Article, hash: String, file: Int)
    }

    private enum Outcome: @unchecked Sendable {
        case write(Article, hash: String, facts: ArticleFacts, file: Int)
        /// The text is stored under another location: the store drops this location's earlier
        /// version (if any) and records the duplicate, without extracting.
        case duplicate(Article, hash: String, file: Int)
        case alreadyStored(Article, location: String, path: String, file: Int)
        case item(ReadItem)
        case walkFailed(SkippedPath)
        case fileRead(Int, ArticleFile, articles: Int, clean: Bool)
        /// Unchanged since its articles were stored (same `stat`): not read.
        case fileUnchanged(ArticleFile, articles: Int)
        case timedOut(path: String, file: Int, seconds: Double)
        case fatal(String)
    }

    /// The reader options that change what a file gives, kept with each file recorded as stored.
    var readerKey: String { "reader 1, max \(options.reader.maxTextBytes) bytes" }

    /// Ingests every article under `paths`. Throws only when the store is unusable; bad files are in the report.
    public func run(paths: [String]) throws -> IngestReport {
        let started = Date()
        let store: any ArticleStore
        do {
            store = try openStore()
            try store.finishBulkLoad()   // indexes an interrupted load left unbuilt
            try store.syncAliases(Gazetteer.shared.aliases)
            try store.beginBulkLoad()
        } catch {
            // The store's own errors say which file and what to do; only bare ones get a preamble.
            let message = "\(error)"
            throw IngestError(message.lowercased().contains("knowledge base") ? message : "cannot open the knowledge base: \(message)")
        }
        let jobs = options.jobs
        let toExtract = BoundedQueue<Work>(capacity: jobs * 8)
        let toWrite = BoundedQueue<Outcome>(capacity: jobs * 8 + 32)
        let reader = ArticleReader(options: options.reader)
        let openStore = self.openStore
        let readerKey = self.readerKey

        let readerThread = Thread {
            defer { toExtract.close() }
            let lookup: any ArticleStore
            do { lookup = try openStore() } catch {
                toWrite.push(.fatal("cannot open the knowledge base for reading: \(error)"))
                return
            }
            var index = 0
            FolderWalker.visit(paths) { found in
                switch found {
                case .failed(let s): return toWrite.push(.walkFailed(s))
                case .skipped(let s): return toWrite.push(.item(.skipped(s)))
                case .file(let file):
                    index += 1
                    do {
                        if let n = try lookup.unchangedFile(file, reader: readerKey) {
                            return toWrite.push(.fileUnchanged(file, articles: n))
                        }
                    } catch {
                        toWrite.push(.fatal("cannot read the knowledge base: \(error)"))
                        return false
                    }
                    var ok = true, articles = 0, clean = true
                    let fileIndex = index
                    reader.read(file) { item in
                        guard ok else { return }
                        guard case .article(let article) = item else { clean = false; ok = toWrite.push(.item(item)); return }
                        articles += 1
                        let hash = ContentHash.of(text: article.text)
                        do {
                            if let stored = try lookup.storedArticle(contentHash: hash) {
                                ok = toWrite.push(stored.location == article.location
                                    ? .alreadyStored(article, location: stored.location, path: stored.path, file: fileIndex)
                                    : .duplicate(article, hash: hash, file: fileIndex))
                            } else {
                                ok = toExtract.push(.extract(article, hash: hash, file: fileIndex))
                            }
                        } catch {
                            toWrite.push(.fatal("cannot read the knowledge base: \(error)"))
                            ok = false
                        }
                    }
                    return ok && toWrite.push(.fileRead(fileIndex, file, articles: articles, clean: clean))
                }
            }
        }
        readerThread.name = "ingest-reader"
        readerThread.start()

        let watch = ExtractionWatch(workers: jobs, limit: options.articleTimeLimit)
        @Sendable func startWorker(_ id: Int) {
            let worker = Thread {
                while case .extract(let article, let hash, let file)? = toExtract.pop() {
                    watch.begin(id, path: article.path, file: file)
                    let facts = Extractor.shared.extract(article)
                    // Given up on while it ran: reported already, and a replacement took its place.
                    guard watch.end(id) else { return }
                    if !toWrite.push(.write(article, hash: hash, facts: facts, file: file)) { break }
                }
                if watch.exit(id) { toWrite.close() }
            }
            worker.name = "ingest-extract-\(id)"
            worker.start()
        }
        for i in 0..<jobs { startWorker(i) }
        if options.articleTimeLimit != nil {
            let monitor = Thread {
                while watch.isRunning {
                    Thread.sleep(forTimeInterval: watch.interval)
                    for o in watch.overdue() {
                        guard toWrite.push(.timedOut(path: o.path, file: o.file, seconds: o.seconds)) else { return }
                        startWorker(o.replacement)
                    }
                }
            }
            monitor.name = "ingest-watch"
            monitor.start()
        }

        let writer = BatchWriter(store: store, readerKey: readerKey, batchSize: Self.batchSize,
                                 batchSeconds: Self.batchSeconds, fatalWriteFailures: Self.fatalWriteFailures)
        let progress = ProgressLine(enabled: options.showProgress)
        var filesRead = 0
        var fatal: String?
        loop: while fatal == nil && writer.fatal == nil {
            let next: Outcome
            if let deadline = writer.deadline {
                switch toWrite.pop(until: deadline) {
                case .item(let o): next = o
                case .timedOut: writer.commit(); continue
                case .end: break loop
                }
            } else {
                guard let o = toWrite.pop() else { break }
                next = o
            }
            switch next {
            case .write(let article, let hash, let facts, let file):
                writer.report.articlesRead += 1
                writer.write(article, hash: hash, facts: facts, file: file)
            case .duplicate(let article, let hash, let file):
                writer.report.articlesRead += 1
                writer.write(article, hash: hash, facts: nil, file: file)
            case .alreadyStored(let article, let location, let path, let file):
                writer.report.articlesRead += 1
                writer.alreadyStored(path: article.path, storedPath: location == article.location ? nil : path, file: file)
            case .timedOut(let path, let file, let seconds):
                writer.report.articlesRead += 1
                let limit = options.articleTimeLimit ?? 0
                writer.notStored(path, reason: "extraction took longer than \(Self.seconds(limit)) s (still running after \(Self.seconds(seconds)) s): "
                                 + "not stored; raise --article-time-limit or split the article", file: file)
            case .item(.skipped(let s)): writer.report.skipped.append(s)
            case .item(.failed(let path, let reason)): writer.report.failed.append(SkippedPath(path: path, reason: reason))
            case .item(.warning(let path, let message)): writer.report.warnings.append(SkippedPath(path: path, reason: message))
            case .item(.article): break
            case .walkFailed(let s): writer.report.failed.append(s)
            case .fileRead(let index, let file, let articles, let clean):
                filesRead += 1
                writer.report.filesFound += 1
                writer.report.bytesRead += Int(file.status.size)
                writer.fileRead(index, file: file, articles: articles, clean: clean)
            case .fileUnchanged(let file, let articles):
                filesRead += 1
                writer.report.filesFound += 1
                writer.report.bytesRead += Int(file.status.size)
                writer.report.articlesRead += articles
                writer.report.unchanged += articles
            case .fatal(let message):
                fatal = message
            }
            progress.update(articles: writer.report.articlesRead, filesRead: filesRead, filesTotal: writer.report.filesFound)
        }
        writer.finish()
        fatal = fatal ?? writer.fatal
        try? store.finishBulkLoad()
        progress.clear()
        if let fatal {
            toWrite.cancel()
            toExtract.cancel()
            throw IngestError(fatal + ". Articles stored so far are kept; run ingest again to finish.")
        }
        var report = writer.report
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    static func seconds(_ s: Double) -> String {
        s >= 10 ? String(Int(s.rounded())) : String(format: s >= 0.1 ? "%.1f" : "%.3f", s)
    }
}
