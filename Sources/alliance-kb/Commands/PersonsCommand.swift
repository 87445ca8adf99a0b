import ArgumentParser

struct PersonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "persons", abstract: "Not built yet.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        throw ValidationError("`persons` is not built yet.")
    }
}
