import KBExtraction
import KBModel

/// The sentences `ask` answers with, in the language of the question (Arabic, English, Russian);
/// entity names come from the knowledge base's aliases in that language (CLDR names for states,
/// the lexicons' for alliances), the English name else.
struct AskPhrasebook {
    var language: Language

    init(question: String) {
        let l = LanguageDetector.detect(question)
        language = l == .arabic || l == .russian ? l : .english
    }

    func pick(_ en: String, _ ar: String, _ ru: String) -> String {
        switch language {
        case .arabic: ar
        case .russian: ru
        default: en
        }
    }

    func status(_ s: MembershipStatus) -> String {
        switch s {
        case .member: pick("a member", "عضو", "член")
        case .nonMember: pick("not a member", "ليست عضوًا", "не член")
        case .formerMember: pick("a former member", "عضو سابق", "бывший член")
        case .observer: pick("an observer", "مراقب", "наблюдатель")
        case .partner: pick("a partner", "شريك", "партнёр")
        case .suspended: pick("a suspended member", "عضو مجمّدة عضويته", "член с приостановленным участием")
        case .applicant: pick("an applicant", "مرشح للعضوية", "кандидат на вступление")
        }
    }

    func yes(_ b: Bool) -> String { b ? pick("Yes", "نعم", "Да") : pick("No", "لا", "Нет") }

    func on(_ date: QueryDate?) -> String {
        guard let date else { return "" }
        return pick(" on \(date.day)", " في \(date.day)", " на \(date.day)")
    }

    func articles(_ n: Int) -> String {
        pick("\(n) article\(n == 1 ? "" : "s")", "\(n) مقالة", "статей: \(n)")
    }

    func membership(state: String, alliance: String, status s: MembershipStatus, isMember: Bool, date: QueryDate?, support: String) -> String {
        pick("\(yes(isMember)): \(state) is \(status(s)) of \(alliance)\(on(date)) (\(support)",
             "\(yes(isMember)): \(state) \(status(s)) في \(alliance)\(on(date)) (\(support)",
             "\(yes(isMember)): \(state) — \(status(s)) \(alliance)\(on(date)) (\(support)")
    }

    func referenceData() -> String { pick("reference data", "بيانات مرجعية", "справочные данные") }

    func noClaim(state: String, alliance: String, date: QueryDate?) -> String {
        pick("The knowledge base holds no claim about \(state)'s membership of \(alliance)\(on(date)): ingest articles that speak of it, or import reference data (alliance-kb import-reference).",
             "لا تحوي قاعدة المعرفة أي ادعاء عن عضوية \(state) في \(alliance)\(on(date)): أدخل مقالات تتحدث عنها أو استورد بيانات مرجعية (alliance-kb import-reference).",
             "В базе знаний нет утверждений о членстве \(state) в \(alliance)\(on(date)): загрузите статьи об этом или справочные данные (alliance-kb import-reference).")
    }

    func noAlliance() -> String {
        pick("The question names no alliance I know; name one such as CSTO or NATO.",
             "لا يذكر السؤال تحالفًا أعرفه؛ اذكر تحالفًا مثل منظمة معاهدة الأمن الجماعي أو الناتو.",
             "В вопросе нет известного мне союза; назовите, например, ОДКБ или НАТО.")
    }

    func members(of alliance: String, date: QueryDate?, names: [String]) -> String {
        let list = names.isEmpty ? pick("none known", "لا أحد معروف", "неизвестны") : names.joined(separator: pick(", ", "، ", ", "))
        return pick("Members of \(alliance)\(on(date)): \(list).", "أعضاء \(alliance)\(on(date)): \(list).", "Члены \(alliance)\(on(date)): \(list).")
    }

    func memberCount(of alliance: String, date: QueryDate?, count: Int, names: [String]) -> String {
        let list = names.joined(separator: pick(", ", "، ", ", "))
        return pick("\(alliance) has \(count) member\(count == 1 ? "" : "s")\(on(date)): \(list).",
                    "عدد أعضاء \(alliance)\(on(date)): \(count): \(list).",
                    "Число членов \(alliance)\(on(date)): \(count): \(list).")
    }

    func participationSuspended() -> String { pick(" (participation suspended)", " (مشاركتها مجمدة)", " (участие приостановлено)") }

    func alsoNamed(_ list: [String]) -> String {
        pick(" Also named: ", " وذُكر أيضًا: ", " Упомянуты также: ") + list.joined(separator: ", ") + "."
    }

    func noMembershipClaim(_ alliance: String, date: QueryDate?) -> String {
        pick("The knowledge base holds no membership claim about \(alliance)\(on(date)): ingest articles that speak of it, or import reference data (alliance-kb import-reference).",
             "لا تحوي قاعدة المعرفة أي ادعاء عن عضوية \(alliance)\(on(date)): أدخل مقالات أو استورد بيانات مرجعية (alliance-kb import-reference).",
             "В базе знаний нет утверждений о членстве в \(alliance)\(on(date)): загрузите статьи или справочные данные (alliance-kb import-reference).")
    }

    func period(_ from: QueryDate?, _ to: QueryDate?) -> String {
        guard let from, let to else { return "" }
        let a = from.date.iso, b = to.date.iso
        return a == b ? pick(" in \(a)", " في \(a)", " в \(a)") : pick(" from \(a) to \(b)", " من \(a) إلى \(b)", " с \(a) по \(b)")
    }

    func events(between names: String, count: Int, period p: String, parties: Int = 2) -> String {
        if parties == 1 {
            return pick("\(count) event\(count == 1 ? "" : "s") involving \(names)\(p):", "\(count) حدث يخص \(names)\(p):",
                        "Событий с участием \(names)\(p): \(count):")
        }
        return pick("\(count) event\(count == 1 ? "" : "s") between \(names)\(p):", "\(count) حدث بين \(names)\(p):", "Событий между \(names)\(p): \(count):")
    }

    func noEvents(between names: String, period p: String, parties: Int = 2) -> String {
        if parties == 1 {
            return pick("The knowledge base records no event involving \(names)\(p).", "لا تسجل قاعدة المعرفة أي حدث يخص \(names)\(p).",
                        "В базе знаний нет событий с участием \(names)\(p).")
        }
        return pick("The knowledge base records no event between \(names)\(p).", "لا تسجل قاعدة المعرفة أي حدث بين \(names)\(p).",
             "В базе знаний нет событий между \(names)\(p).")
    }

    func and() -> String { pick(" and ", " و", " и ") }

    func eventOn(_ date: String, type: String, actors: [String], articles n: Int) -> String {
        let list = actors.joined(separator: ", ")
        return pick("\(date): \(type) of \(list) (\(n) article\(n == 1 ? "" : "s")).", "\(date): \(type) — \(list) (\(n) مقالة).",
                    "\(date): \(type) — \(list) (статей: \(n)).")
    }

    func eventNotDated(type: String, actors: [String]) -> String {
        let list = actors.joined(separator: ", ")
        return pick("The knowledge base records the \(type) of \(list) but not its date.", "تسجل قاعدة المعرفة الحدث \(type) (\(list)) دون تاريخه.",
                    "В базе знаний есть событие \(type) (\(list)), но без даты.")
    }

    func noEvent(_ what: String, involving names: [String]) -> String {
        let list = names.joined(separator: ", ")
        return pick("The knowledge base records no \(what) involving \(list).", "لا تسجل قاعدة المعرفة أي حدث (\(what)) يخص \(list).",
                    "В базе знаний нет события (\(what)) с участием \(list).")
    }

    func noParties() -> String {
        pick("The question names no state, alliance or person I know.", "لا يذكر السؤال دولة أو تحالفًا أو شخصًا أعرفه.",
             "В вопросе нет известного мне государства, союза или лица.")
    }

    func dateUnknown() -> String { pick("date unknown", "تاريخ غير معروف", "дата неизвестна") }

    /// What `ask` says when it does not understand a question: the kinds it answers, in the question's language.
    func understood() -> String {
        pick(KnowledgeBase.understoodQuestions,
             "لم أفهم السؤال. أجيب بالعربية والإنجليزية والروسية عن: هل الدولة عضو في التحالف؟ (membership-check)؛ من أعضاء التحالف [في سنة]؟ وكم عدد أعضائه؟ (member-list)؛ ما التحالفات التي تنتمي إليها الدولة؟ (alliances)؛ متى فعل طرف شيئًا، مثل إرسال قوات أو طلب المساعدة أو الزيارة أو الانضمام أو التجميد أو الانسحاب أو التوقيع أو الاجتماع؟ (event-date)؛ ماذا حدث بين دولتين [في سنة]؟ (timeline)؛ ما النزاعات التي تشارك فيها الدولة؟ (conflicts).",
             "Я не понял вопрос. Я отвечаю на арабском, английском и русском: входит ли государство в союз? (membership-check); кто входит в союз [в году] и сколько в нём членов? (member-list); в какие союзы входит государство? (alliances); когда участник что-то сделал — направил войска, попросил помощи, посетил, вступил, приостановил участие, вышел, подписал, встретился? (event-date); что произошло между двумя государствами [в году]? (timeline); в каких конфликтах участвует государство? (conflicts).")
    }
}

extension KnowledgeBase {
    /// The gazetteer's names by entity and language: the first alias (the CLDR name for states),
    /// for alliances in Russian the shortest (НАТО, ОДКБ: acronyms do not decline).
    static let localNames: [String: String] = {
        var out: [String: String] = [:]
        for a in Gazetteer.shared.aliases where a.language != .english {
            let key = "\(a.entity.kind.rawValue)|\(a.entity.code)|\(a.language.rawValue)"
            if let known = out[key] {
                if a.entity.kind == .alliance && a.language == .russian && a.surface.count < known.count { out[key] = a.surface }
            } else {
                out[key] = a.surface
            }
        }
        return out
    }()

    /// The name of an entity in `language` (see `localNames`); in English the alliance code or the English name.
    func localName(_ e: EntityRef, _ language: Language) throws -> String {
        let fallback = e.kind == .alliance ? e.code : e.name
        guard language == .arabic || language == .russian else { return fallback }
        return Self.localNames["\(e.kind.rawValue)|\(e.code)|\(language.rawValue)"] ?? fallback
    }
}
