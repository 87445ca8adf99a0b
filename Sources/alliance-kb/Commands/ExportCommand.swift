import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Not built yet.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        throw ValidationError("`export` is not built yet.")
    }
}
