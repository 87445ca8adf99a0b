import Foundation

/// A first-in first-out queue of at most `capacity` items shared by threads: `push` waits while
/// it is full, `pop` waits while it is empty. This is what keeps memory flat: readers can never
/// run more than `capacity` articles ahead of the extractors and the writer.
final class BoundedQueue<Element>: @unchecked Sendable {
    private var items: [Element] = []
    private var head = 0
    private let capacity: Int
    private let condition = NSCondition()
    private var closed = false
    private var cancelled = false

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    private var count: Int { items.count - head }

    /// Adds `item`, waiting for room. Returns false when the queue was cancelled.
    @discardableResult
    func push(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while count >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        precondition(!closed, "push after close")
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The next item, waiting for one; nil once the queue is closed and drained, or cancelled.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !closed && !cancelled { condition.wait() }
        if cancelled || count == 0 { return nil }
        let item = items[head]
        head += 1
        if head > 1024 && head * 2 > items.count { items.removeFirst(head); head = 0 }
        condition.broadcast()
        return item
    }

    /// What `pop(until:)` gives.
    enum Popped {
        case item(Element)
        /// Nothing came before the deadline.
        case timedOut
        /// Closed and drained, or cancelled.
        case end
    }

    /// The next item, waiting for one at most until `deadline`.
    func pop(until deadline: Date) -> Popped {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !closed && !cancelled {
            if !condition.wait(until: deadline) && count == 0 && !closed && !cancelled { return .timedOut }
        }
        if cancelled || count == 0 { return .end }
        let item = items[head]
        head += 1
        if head > 1024 && head * 2 > items.count { items.removeFirst(head); head = 0 }
        condition.broadcast()
        return .item(item)
    }

    /// True when a `pop` now would have to wait.
    var wouldWait: Bool {
        condition.lock()
        defer { condition.unlock() }
        return count == 0 && !closed && !cancelled
    }

    /// No more pushes: `pop` returns the remaining items, then nil.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops everything: waiting pushes and pops return at once, remaining items are dropped.
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }
}
