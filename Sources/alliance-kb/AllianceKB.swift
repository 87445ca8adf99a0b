import ArgumentParser

@main
struct AllianceKB: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliance-kb",
        abstract: "Build a knowledge base of alliances and conflicts from Arabic, English and Russian news.",
        subcommands: [
            IngestCommand.self, ExtractCommand.self, ExportCommand.self, StatsCommand.self,
            MembersCommand.self, AlliancesCommand.self, TimelineCommand.self, ConflictsCommand.self,
            PersonsCommand.self, EvidenceCommand.self, AskCommand.self, ImportReferenceCommand.self,
            ReportCommand.self, ServeCommand.self,
        ]
    )
}
