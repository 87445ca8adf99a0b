import ArgumentParser

struct ImportReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import-reference", abstract: "Not built yet.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        throw ValidationError("`import-reference` is not built yet.")
    }
}
