import ArgumentParser

struct AlliancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "alliances", abstract: "Not built yet.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        throw ValidationError("`alliances` is not built yet.")
    }
}
