// Query latency on a generated knowledge base of 1,000,000 events and 100,000 articles.
//
//     swift build -c release --product QueryBenchmark
//     .build/release/QueryBenchmark [/tmp/kb-bench.sqlite] [runs] [only]
//
// The knowledge base is generated with set-based SQL (recursive CTEs) when the file does not
// exist, then each query runs `runs` times and the median, 90th percentile and maximum are printed.
import Foundation
import KBModel
import KBQuery

let arguments = CommandLine.arguments
let path = arguments.count > 1 ? arguments[1] : "/tmp/kb-bench.sqlite"
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 51 : 51
/// Runs only the queries whose name contains this text (for a profile of one query).
let only = arguments.count > 3 ? arguments[3] : ""

func log(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The CPU time this thread has used, in seconds: unlike wall time, it does not count the time
/// other processes take the cores from us (the machine is shared).
func threadCPUTime() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

@MainActor func benchmark() throws {
    let generate = !FileManager.default.fileExists(atPath: path)
    let kb = try KnowledgeBase.open(path: path, create: true)
    if generate {
        let t = try seconds { try BenchmarkCorpus.generate(into: kb.connection) }
        log(String(format: "generated %@ in %.1f s", path, t))
    }
    let counts = try kb.connection.fetch("""
        SELECT (SELECT COUNT(*) FROM article), (SELECT COUNT(*) FROM event), (SELECT COUNT(*) FROM event_actor),
               (SELECT COUNT(*) FROM membership), (SELECT COUNT(*) FROM sentence)
        """, []).rows[0].map { $0 ?? "?" }
    print("knowledge base: \(counts[0]) articles, \(counts[1]) events, \(counts[2]) event actors, \(counts[3]) membership claims, \(counts[4]) sentences")

    func ref(_ kind: EntityKind, _ code: String) -> EntityRef { EntityRef(kind: kind, code: code, name: code) }
    let csto = ref(.alliance, "CSTO"), arm = ref(.state, "ARM"), aze = ref(.state, "AZE"), kaz = ref(.state, "KAZ"), kgz = ref(.state, "KGZ"), geo = ref(.state, "GEO")

    let cases: [(String, () throws -> Int)] = [
        ("members CSTO (latest)", { try kb.members(of: csto).count }),
        ("members CSTO --at 2010-01-01", { try kb.members(of: csto, at: QueryDate(parsing: "2010-01-01")).count }),
        ("alliances GEO", { try kb.alliances(of: geo).count }),
        ("alliances GEO --at 2010-01-01", { try kb.alliances(of: geo, at: QueryDate(parsing: "2010-01-01")).count }),
        ("timeline KAZ KGZ (typical pair)", { try kb.timeline(entities: [kaz, kgz]).count }),
        ("timeline ARM AZE (busiest pair)", { try kb.timeline(entities: [arm, aze]).count }),
        ("timeline ARM AZE --from 2020", { try kb.timeline(entities: [arm, aze], from: QueryDate(parsing: "2020")).count }),
        ("timeline ARM AZE --limit 50", { try kb.timeline(entities: [arm, aze], limit: 50).count }),
        ("ask \"Who belongs to the CSTO?\"", { try kb.ask("Who belongs to the CSTO?").evidence.count }),
        ("ask \"Is Georgia a member of the CSTO?\"", { try kb.ask("Is Georgia a member of the CSTO?").evidence.count }),
    ]
    print("query                                 rows   median ms     p90 ms     max ms   cpu median ms   (\(runs) runs)")
    for (name, body) in cases where only.isEmpty || name.contains(only) {
        var times: [Double] = [], cpu: [Double] = []
        var rows = 0
        _ = try body()  // warm the page cache
        for _ in 0..<runs {
            let c0 = threadCPUTime()
            times.append(try seconds { rows = try body() } * 1000)
            cpu.append((threadCPUTime() - c0) * 1000)
        }
        times.sort()
        cpu.sort()
        let label = name.count < 36 ? name + String(repeating: " ", count: 36 - name.count) : name
        print(label + String(format: " %6d %11.2f %10.2f %10.2f %15.2f", rows, times[times.count / 2],
                             times[Int(Double(times.count - 1) * 0.9)], times.last!, cpu[cpu.count / 2]))
    }
}

try MainActor.assumeIsolated { try benchmark() }
