import ArgumentParser

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "conflicts", abstract: "Not built yet.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        throw ValidationError("`conflicts` is not built yet.")
    }
}
