import KBExtraction
import KBModel

/// What a question asks about an event, and the words that say it in Arabic, English and Russian.
/// Words are matching forms (lower case, Arabic without harakat, ة as ه) and match as word prefixes.
struct EventConcept: Sendable {
    var name: String
    var types: [EventType]
    /// Words of the question that ask for this concept; also looked for in the reports' triggers and sentences.
    var words: [String]
}

/// The small trilingual lexicon `ask` reads questions with.
enum QuestionLexicon {
    static let concepts: [EventConcept] = [
        EventConcept(name: "deploy", types: [.deployForces],
                     words: ["send", "sent", "deploy", "dispatch",
                             "ارسل", "ارسال", "نشر", "направ", "ввел", "ввод", "отправ", "развер"]),
        EventConcept(name: "request", types: [.requestAssistance],
                     words: ["ask", "request", "appeal", "seek", "sought", "help", "assistance",
                             "طلب", "استنجد", "استغاث", "مساعده", "المساعده", "عون", "просил", "просьб", "обрат", "запрос", "помощ"]),
        EventConcept(name: "visit", types: [.visit],
                     words: ["arriv", "visit", "travel", "came", "وصل", "زار", "زياره", "توجه", "حل", "прибы", "посет", "визит", "приех"]),
        EventConcept(name: "suspend", types: [.membershipChange],
                     words: ["suspen", "freez", "froze", "علق", "تعليق", "جمد", "تجميد", "приостан", "замороз", "заморо"]),
        EventConcept(name: "join", types: [.membershipChange],
                     words: ["join", "accede", "accession", "admit", "انضم", "انضمام", "انضمت", "вступ", "присоедин", "принят"]),
        EventConcept(name: "withdraw", types: [.withdrawForces, .membershipChange],
                     words: ["withdr", "leave", "left", "quit", "pull", "exit", "انسحب", "انسحاب", "سحب", "خرج", "غادر",
                             "вывел", "вывод", "выве", "вышл", "выход", "покину"]),
        EventConcept(name: "sign", types: [.agreement],
                     words: ["sign", "agreement", "treaty", "وقع", "توقيع", "اتفاق", "معاهد", "подпис", "соглаш", "договор"]),
        EventConcept(name: "summit", types: [.summit],
                     words: ["summit", "meet", "قمه", "اجتماع", "اجتمع", "саммит", "встреч", "заседан"]),
        EventConcept(name: "attack", types: [.attack, .war],
                     words: ["attack", "shell", "strike", "invad", "invasion", "هجوم", "هاجم", "قصف", "اجتاح", "اجتياح", "غزو",
                             "напал", "атак", "обстрел", "вторг", "вторж"]),
        EventConcept(name: "war", types: [.war], words: ["war", "حرب", "войн"]),
        EventConcept(name: "mediate", types: [.mediation], words: ["mediat", "وساط", "توسط", "посредн"]),
        EventConcept(name: "criticize", types: [.criticism],
                     words: ["critici", "condemn", "انتقد", "انتقاد", "ندد", "критик", "осуд"]),
        EventConcept(name: "elect", types: [.election], words: ["elect", "vote", "انتخاب", "انتخب", "выбор", "избра"]),
        EventConcept(name: "appoint", types: [.appointment], words: ["appoint", "تعيين", "назнач"]),
        EventConcept(name: "unrest", types: [.unrest], words: ["protest", "unrest", "riot", "احتجاج", "اضطراب", "تظاهر", "протест", "беспоряд"]),
        EventConcept(name: "state", types: [.statement], words: ["say", "said", "announce", "declare", "قال", "صرح", "اعلن", "заяв", "сказал"]),
    ]

    /// Words that ask "when".
    static let when = ["when", "متي", "متى", "когда"]
    /// Words that open a yes/no question.
    static let yesNo = ["is", "are", "was", "were", "does", "do", "has", "هل", "ли"]
    /// Words of a membership question.
    static let membership = ["member", "belong", "part", "عضو", "اعضاء", "عضويه", "ينتمي", "تنتمي", "منضم", "член", "входит", "входят", "состоит", "состав"]
    /// The office of an alliance's secretary general, as the question's normalised text says it.
    static let secretaryGeneral = ["secretary general", "secretary-general", "генеральный секретарь", "генерального секретаря",
                                   "генсек", "الامين العام", "امين عام"]
    /// Words asking how many.
    static let howMany = ["many", "number", "count", "كم", "عدد", "сколько", "число", "количеств"]
    /// Words asking for a list of members.
    static let listing = ["who", "which", "what", "list", "members", "من", "ما", "ماهي", "اعضاء", "الاعضاء", "كم",
                          "кто", "какие", "каки", "члены", "состав", "входят", "входит"]
    /// Words naming alliances in general ("which alliances", "المنظمة", "блок").
    static let allianceWords = ["alliance", "organization", "organisation", "bloc", "pact", "union",
                                "منظمه", "تحالف", "حلف", "احلاف", "منظمات", "تكتل", "تجمع",
                                "альянс", "организац", "блок", "союз"]
    /// Words of a question about what happened between two parties.
    static let between = ["between", "happened", "timeline", "events", "بين", "حدث", "جري", "جرى", "между", "произошл", "событи"]
    /// Words of a question about conflicts.
    static let conflict = ["conflict", "dispute", "war", "clash", "tension", "fight", "نزاع", "صراع", "خلاف", "حرب", "توتر", "اشتباك",
                           "конфликт", "спор", "войн", "противост"]

    /// The forms of a question word to compare: the word, and in Arabic the word without its
    /// proclitics (و، ف، ب، ل، ك and the article).
    static func forms(_ word: String) -> [String] {
        var out = [word]
        guard word.unicodeScalars.first.map({ (0x0600...0x06FF).contains($0.value) }) == true else { return out }
        for p in ["وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"] where word.hasPrefix(p) {
            let rest = String(word.dropFirst(p.count))
            if rest.count >= 2 { out.append(rest) }
            if rest.hasPrefix("ال"), rest.count >= 4 { out.append(String(rest.dropFirst(2))) }
        }
        return out
    }

    /// True when one of `words` starts one of the forms of `word` (cue words of one or two letters match whole).
    static func matches(_ word: String, _ cues: [String]) -> Bool {
        let fs = forms(word)
        return cues.contains { cue in fs.contains { f in cue.count <= 2 ? f == cue : f.hasPrefix(cue) } }
    }

    /// The words of `text` in matching form.
    static func words(_ text: String) -> [String] {
        Tokenizer.matchForm(text).split(separator: " ").map(String.init)
    }
}
