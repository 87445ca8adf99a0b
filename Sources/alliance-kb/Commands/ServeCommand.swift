import ArgumentParser
import Foundation
import KBServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the report page live from the database, read-only, with its JSON.",
        discussion: """
            Endpoints: / (the page; query alliance, state, from, to, lang, source as `report`), /api/report, \
            /api/members?alliance=CSTO&at=2010, /api/timeline?entity=ARM&type=summit, /api/conflicts, \
            /api/evidence?id=e:3. The database is opened read-only. Stop with Ctrl-C.

            Examples:
              alliance-kb serve
              alliance-kb serve --port 0 --db sample.sqlite
            """)

    @Option(help: "The port to listen on (0: any free port, printed on stderr).")
    var port: Int = 8080

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("The port must be between 0 and 65535, not \(port).") }
    }

    func run() async throws {
        try await ReportServer(databasePath: database.path, host: host, port: port).run { host, port in
            FileHandle.standardError.write(Data("serving http://\(host):\(port)/ (read-only; Ctrl-C to stop)\n".utf8))
        }
    }
}
