import ArgumentParser

struct MembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "members", abstract: "Not built yet.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        throw ValidationError("`members` is not built yet.")
    }
}
