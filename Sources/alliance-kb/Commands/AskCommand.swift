import ArgumentParser

struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ask", abstract: "Not built yet.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        throw ValidationError("`ask` is not built yet.")
    }
}
