import ArgumentParser
import KBQuery

struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer a question (Arabic, English, Russian).",
        discussion: """
            Understood: membership checks ("Is Azerbaijan a member of the CSTO?", "هل النمسا عضو في الناتو؟", \
            "Входит ли Азербайджан в ОДКБ?"), member lists with an optional date ("Who belonged to the CSTO at \
            the start of 2010?"), the alliances of a state, the date of an event ("When did the CSTO send troops \
            to Kazakhstan?"), what happened between two states, and the conflicts of a state. With --format json \
            one object is printed: {"kind", "answer", "message", "evidence"}; answer is null when the knowledge \
            base holds nothing that answers. A question not understood gives kind "unknown" and a message listing \
            the kinds understood; the exit status is 0 in every one of these cases, so that scripts read the JSON.

            Examples:
              alliance-kb ask "Is Armenia a member of the CSTO?"
              alliance-kb ask "هل أذربيجان عضو في منظمة معاهدة الأمن الجماعي؟" --format json
              alliance-kb ask "Что произошло между Арменией и Азербайджаном в 2022 году?"
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The question.")
    var question: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let kb = try KnowledgeBase.open(path: database.path)
        let answer = try kb.ask(question)
        print(format == .json ? answer.json : answer.text)
    }
}
