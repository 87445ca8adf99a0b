// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "AllianceKB",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "alliance-kb", targets: ["alliance-kb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // System libraries (Debian: libsqlite3-dev, libxml2-dev).
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // Value types shared by every module.
        .target(name: "KBModel"),
        // The SQL migrations, embedded in the binary.
        .target(name: "KBSchema", path: "Migrations", exclude: [], sources: ["KBSchema.swift"],
                resources: [.embedInCode("sql")]),
        // Article -> facts, pure, no I/O.
        .target(name: "KBExtraction", dependencies: ["KBModel"],
                resources: [.embedInCode("Lexicon")]),
        // The only code that talks to SQLite.
        .target(name: "KBStorage", dependencies: ["KBModel", "CSQLite", "KBSchema"]),
        // Files -> articles -> facts -> store.
        .target(name: "KBIngest", dependencies: ["KBModel", "KBExtraction", "KBStorage", "CLibXML2", "Yams"]),
        // Questions and answers over the store.
        .target(name: "KBQuery", dependencies: ["KBModel", "KBExtraction", "KBStorage",
                                             .product(name: "CSV", package: "CSV.swift")],
                resources: [.embedInCode("Lexicon")]),
        // Tables -> CSV, JSON, NDJSON, text.
        .target(name: "KBExport", dependencies: ["KBModel", .product(name: "CSV", package: "CSV.swift")]),
        // Query results -> one self-contained HTML page (matrix, timeline, conflicts, evidence).
        .target(name: "KBReport", dependencies: ["KBModel", "KBExtraction", "KBQuery"],
                resources: [.embedInCode("Assets/report.js"), .embedInCode("Assets/report.css")]),
        // The read-only HTTP server of the report and its JSON.
        .target(name: "KBServe", dependencies: ["KBReport", "KBQuery", "KBStorage", "KBExport", "KBModel", .product(name: "Hummingbird", package: "hummingbird")]),
        // The thin CLI.
        .executableTarget(name: "alliance-kb", dependencies: [
            "KBModel", "KBSchema", "KBExtraction", "KBStorage", "KBIngest", "KBQuery", "KBExport", "KBReport", "KBServe",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Query latency on a generated knowledge base; not a test (run it by hand, see its header).
        .executableTarget(name: "QueryBenchmark", dependencies: ["KBQuery", "KBModel"], path: "Benchmarks/QueryBenchmark"),

        .testTarget(name: "KBModelTests", dependencies: ["KBModel"]),
        .testTarget(name: "KBExtractionTests", dependencies: ["KBExtraction", "KBModel"]),
        .testTarget(name: "KBStorageTests", dependencies: ["KBStorage", "KBSchema", "KBModel"]),
        .testTarget(name: "KBIngestTests", dependencies: ["KBIngest", "KBStorage", "KBModel"]),
        .testTarget(name: "KBQueryTests", dependencies: ["KBQuery", "KBIngest", "KBStorage", "KBModel"]),
        .testTarget(name: "KBExportTests", dependencies: ["KBExport", "KBModel"]),
        .testTarget(name: "KBReportTests", dependencies: ["KBReport", "KBQuery", "KBIngest", "KBStorage", "KBModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["alliance-kb", "KBReport", .product(name: "CSV", package: "CSV.swift")]),
    ]
)
