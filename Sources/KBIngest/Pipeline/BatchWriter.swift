import Foundation
import KBExtraction
import KBModel

/// The writer's side of a run: articles written in batches of a fixed size, each batch one
/// transaction and one commit. An article is written without a savepoint of its own (a savepoint
/// per article spilled its journal to temporary files: 371 MB of temporary writes for 29 MB of
/// log per 1,000 articles); when a write fails, the batch is rolled back and written again article
/// by article, each in its own transaction, so that only the bad article is lost. What the report
/// says is counted when a batch is committed. Files whose articles are all stored at their own
/// location are recorded with their `stat` (in the next commit), for the next run to skip.
final class BatchWriter {
    let store: any ArticleStore
    /// The reader options that change what is read, kept with each recorded file.
    let readerKey: String
    /// The most articles in one commit.
    let batchSize: Int
    /// The most text in one batch: a batch is kept in memory until it is committed.
    let batchBytes: Int
    /// The longest a batch stays open (readers see the articles at the commit).
    let batchSeconds: Double
    /// Consecutive failed writes after which the store is taken to be unusable and the run stops.
    let fatalWriteFailures: Int

    var report = IngestReport()
    /// Set when the run cannot go on.
    private(set) var fatal: String?

    private struct Pending {
        var article: Article
        var hash: String
        var facts: ArticleFacts
        var file: Int
        var outcome: StoreOutcome
    }

    /// What is known of one file while its articles are written.
    private struct Track {
        var file: ArticleFile?
        var expected: Int?
        var settled = 0
        var clean = true
    }

    private var pending: [Pending] = []
    private var pendingBytes = 0
    private(set) var batchStarted: Date?
    private var tracks: [Int: Track] = [:]
    /// Files whose articles are all stored, to record in the next commit.
    private var filesToRecord: [(file: ArticleFile, articles: Int)] = []
    private var failedWrites = 0

    init(store: any ArticleStore, readerKey: String, batchSize: Int, batchBytes: Int = 64 << 20, batchSeconds: Double,
         fatalWriteFailures: Int) {
        self.store = store
        self.readerKey = readerKey
        self.batchSize = batchSize
        self.batchBytes = batchBytes
        self.batchSeconds = batchSeconds
        self.fatalWriteFailures = fatalWriteFailures
    }

    /// When the open batch must be committed at the latest.
    var deadline: Date? { batchStarted.map { $0.addingTimeInterval(batchSeconds) } }

    /// Writes one article into the open batch (opening one as needed); `facts` nil for a text
    /// the reader found stored under another location.
    func write(_ article: Article, hash: String, facts: ArticleFacts?, file: Int) {
        guard fatal == nil else { return }
        if batchStarted == nil {
            do { try store.beginBatch() } catch { fail("the knowledge base cannot be written: \(error)"); return }
            batchStarted = Date()
        }
        var facts = facts
        do {
            if facts == nil {
                // The other copy may have been replaced since the reader looked: then this one is new.
                facts = try store.storedArticle(contentHash: hash) != nil
                    ? ArticleFacts(language: article.declaredLanguage ?? .english, published: nil, publishedBasis: .unknown)
                    : Extractor.shared.extract(article)
            }
            let outcome = try store.writeInBatch(article: article, contentHash: hash, facts: facts!)
            pending.append(Pending(article: article, hash: hash, facts: facts!, file: file, outcome: outcome))
            pendingBytes += article.text.utf8.count
        } catch {
            // The article may be half written: undo the batch, then write it again article by article.
            redoBatchAlone()
            if let facts { writeAlone(article, hash: hash, facts: facts, file: file) } else { notStored(article.path, reason: "could not be stored: \(error)", file: file, countsAsWrite: true) }
            return
        }
        if pending.count >= batchSize || pendingBytes >= batchBytes { commit() }
    }

    /// Rolls the open batch back and writes each of its articles again in its own transaction.
    private func redoBatchAlone() {
        store.rollbackBatch()
        batchStarted = nil
        let redo = pending
        pending = []
        pendingBytes = 0
        for p in redo { writeAlone(p.article, hash: p.hash, facts: p.facts, file: p.file) }
    }

    /// One article in its own transaction (after a batch failed).
    private func writeAlone(_ article: Article, hash: String, facts: ArticleFacts, file: Int) {
        guard fatal == nil else { return }
        do {
            let outcome = try store.write(article: article, contentHash: hash, facts: facts)
            failedWrites = 0
            count(outcome, path: article.path, file: file)
        } catch {
            notStored(article.path, reason: "could not be stored: \(error)", file: file, countsAsWrite: true)
        }
    }

    /// An article that is not stored (failed write, extraction over the time limit).
    func notStored(_ path: String, reason: String, file: Int, countsAsWrite: Bool = false) {
        report.failed.append(SkippedPath(path: path, reason: reason))
        settle(file, clean: false)
        guard countsAsWrite else { return }
        failedWrites += 1
        if failedWrites >= fatalWriteFailures {
            fail("the knowledge base cannot be written (\(reason.replacingOccurrences(of: "could not be stored: ", with: ""))); "
                 + "stopped after \(failedWrites) failed writes")
        }
    }

    /// An article the reader found stored at its own location, or at another one (`storedPath`).
    func alreadyStored(path: String, storedPath: String?, file: Int) {
        report.unchanged += 1
        if let storedPath { report.duplicates.append(.init(path: path, storedPath: storedPath)) }
        settle(file, clean: storedPath == nil)
    }

    /// The reader is done with a file: it gave `articles` articles, and `clean` unless something of it was skipped, failed or warned about.
    func fileRead(_ index: Int, file: ArticleFile, articles: Int, clean: Bool) {
        var t = tracks[index] ?? Track()
        t.file = file
        t.expected = articles
        t.clean = t.clean && clean
        tracks[index] = t
        settle(index, clean: true, count: 0)
    }

    /// Commits the open batch, with the files completed before it.
    func commit() {
        guard batchStarted != nil, fatal == nil else { return }
        let recording = filesToRecord
        do {
            for r in recording { try store.recordFile(r.file, reader: readerKey, articles: r.articles) }
            try store.commitBatch()
        } catch {
            redoBatchAlone()
            return
        }
        filesToRecord.removeFirst(recording.count)
        batchStarted = nil
        failedWrites = 0
        let done = pending
        pending = []
        pendingBytes = 0
        for p in done { count(p.outcome, path: p.article.path, file: p.file) }
    }

    /// Commits what is open and records the files completed last.
    func finish() {
        commit()
        guard fatal == nil, !filesToRecord.isEmpty else { return }
        do {
            try store.beginBatch()
            batchStarted = Date()
        } catch { return }   // recording is an optimisation: the next run reads these files again
        commit()
    }

    private func count(_ outcome: StoreOutcome, path: String, file: Int) {
        switch outcome {
        case .inserted: report.inserted += 1
        case .replaced: report.replaced += 1
        case .unchanged: report.unchanged += 1
        case .duplicate(let stored):
            report.unchanged += 1
            report.duplicates.append(.init(path: path, storedPath: stored))
        }
        if case .duplicate = outcome { settle(file, clean: false) } else { settle(file, clean: true) }
    }

    /// One article of file `index` is final; a file whose articles are all final and clean is recorded.
    private func settle(_ index: Int, clean: Bool, count: Int = 1) {
        var t = tracks[index] ?? Track()
        t.settled += count
        t.clean = t.clean && clean
        if let expected = t.expected, t.settled >= expected {
            tracks[index] = nil
            if t.clean, let file = t.file { filesToRecord.append((file, expected)) }
        } else {
            tracks[index] = t
        }
    }

    private func fail(_ message: String) {
        if fatal == nil { fatal = message }
    }
}
