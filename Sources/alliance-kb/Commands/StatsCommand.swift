import ArgumentParser

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Not built yet.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        throw ValidationError("`stats` is not built yet.")
    }
}
