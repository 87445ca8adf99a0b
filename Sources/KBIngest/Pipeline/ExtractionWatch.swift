import Foundation

/// The extraction workers of a run and the article each is on, so that an article that takes
/// longer than the time limit is reported instead of stalling the run: the watch marks its worker
/// abandoned (its result will be dropped, and it stops without counting itself out) and the
/// pipeline starts a replacement, which takes its place among the live workers at once: the queue
/// of results is closed by the last live worker, never under the report of the abandoned article.
final class ExtractionWatch: @unchecked Sendable {
    /// Seconds one article may take; nil for no limit.
    let limit: Double?
    private let lock = NSLock()
    private var slots: [Int: Slot] = [:]
    private var live: Int
    private var nextID: Int

    struct Slot {
        var path: String
        var file: Int
        var started: Date
        var abandoned = false
    }

    /// An article given up on: which, from which file, after how long.
    struct Overdue {
        var path: String
        var file: Int
        var seconds: Double
        /// The id of the worker that replaces the abandoned one.
        var replacement: Int
    }

    init(workers: Int, limit: Double?) {
        self.limit = limit
        self.live = workers
        self.nextID = workers
    }

    /// Worker `id` starts on an article.
    func begin(_ id: Int, path: String, file: Int) {
        guard limit != nil else { return }
        lock.lock(); defer { lock.unlock() }
        slots[id] = Slot(path: path, file: file, started: Date())
    }

    /// Worker `id` is done with its article; false when it was abandoned meanwhile (drop the result and stop).
    func end(_ id: Int) -> Bool {
        guard limit != nil else { return true }
        lock.lock(); defer { lock.unlock() }
        return slots.removeValue(forKey: id)?.abandoned != true
    }

    /// Worker `id` stops; true for the last live one (the results queue can be closed).
    func exit(_ id: Int) -> Bool {
        lock.lock(); defer { lock.unlock() }
        slots[id] = nil
        live -= 1
        return live == 0
    }

    /// Whether any worker is still running.
    var isRunning: Bool {
        lock.lock(); defer { lock.unlock() }
        return live > 0
    }

    /// Marks the workers past the limit abandoned; each gets a replacement id.
    func overdue(now: Date = Date()) -> [Overdue] {
        guard let limit else { return [] }
        lock.lock(); defer { lock.unlock() }
        var out: [Overdue] = []
        for (id, s) in slots where !s.abandoned {
            let seconds = now.timeIntervalSince(s.started)
            guard seconds > limit else { continue }
            slots[id]!.abandoned = true   // its place among the live workers passes to the replacement
            out.append(Overdue(path: s.path, file: s.file, seconds: seconds, replacement: nextID))
            nextID += 1
        }
        return out
    }

    /// How often the watch looks: often enough for the limit, never busily.
    var interval: Double { max(0.001, min(0.1, (limit ?? 1) / 4)) }
}
