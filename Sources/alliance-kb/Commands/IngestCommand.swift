import ArgumentParser
import Foundation
import KBIngest
import KBModel

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read files and folders of articles into the database.",
        discussion: """
        Reads .txt, .md (with optional YAML front matter), .html/.htm and .jsonl files, walking \
        folders recursively. Encodings are detected: UTF-8 (with or without BOM), UTF-16 with BOM, \
        Windows-1256. Articles already stored are skipped (a file unchanged since it was stored, by its \
        size, times and inode, is not even read); a changed file replaces its earlier version. \
        A file above --max-text-mb is read up to that size, with a warning; a longer JSONL line fails. \
        Exit status 1 when a file failed.

        Examples:
          alliance-kb ingest SampleData/articles --db sample.sqlite
          alliance-kb ingest news/ --published 2022-11-27 --language ar --jobs 2
        """)

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "PATH"))
    var paths: [String]

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Publication date of articles whose metadata gives none (2022-11-27).", valueName: "DATE"))
    var published: String?

    @Option(help: ArgumentHelp("Language of articles whose metadata declares none: ar, en or ru.", valueName: "LANG"))
    var language: String?

    @Option(help: ArgumentHelp("Extraction workers (default: the number of cores).", valueName: "N"))
    var jobs: Int?

    @Option(name: .customLong("max-text-mb"), help: ArgumentHelp("Read at most this many megabytes of one article.", valueName: "MB"))
    var maxTextMB: Double = Double(ReaderOptions.defaultMaxTextBytes) / 1_048_576

    @Option(name: .customLong("article-time-limit"),
            help: ArgumentHelp("Seconds one article's extraction may take; a slower one is reported as failed and the run goes on (0: no limit).",
                               valueName: "SECONDS"))
    var articleTimeLimit: Double = IngestOptions.defaultArticleTimeLimit

    @Flag(help: "Print no progress and no summary, only failures.")
    var quiet = false

    func validate() throws {
        if let published, FuzzyDate(iso: published) == nil {
            throw ValidationError("--published '\(published)' is not a date; write it as 2022-11-27, 2022-11 or 2022.")
        }
        if let language, Language(tag: language) == nil {
            throw ValidationError("--language '\(language)' is not one of ar, en, ru.")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if !(maxTextMB > 0) { throw ValidationError("--max-text-mb must be more than 0.") }
        if !(articleTimeLimit >= 0) { throw ValidationError("--article-time-limit must be 0 (no limit) or more seconds.") }
    }

    func run() throws {
        let reader = ReaderOptions(maxTextBytes: Int(maxTextMB * 1_048_576), published: published.flatMap { FuzzyDate(iso: $0) },
                                   language: language.flatMap { Language(tag: $0) })
        let options = IngestOptions(reader: reader, jobs: jobs, showProgress: quiet ? false : nil,
                                    articleTimeLimit: articleTimeLimit > 0 ? articleTimeLimit : nil)
        let report = try IngestPipeline(storePath: database.path, options: options).run(paths: paths)
        if quiet {
            for f in report.failed { printError("failed: \(f.path): \(f.reason)") }
        } else {
            printError(report.summary)
        }
        if report.hasFailures { throw ExitCode(1) }
    }

    private func printError(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }
}
