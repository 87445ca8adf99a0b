import ArgumentParser

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evidence", abstract: "Not built yet.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        throw ValidationError("`evidence` is not built yet.")
    }
}
