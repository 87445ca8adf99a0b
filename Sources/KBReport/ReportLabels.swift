import KBModel

/// The words of the page in Arabic, English and Russian (the names of states come from CLDR).
enum ReportLabels {
    static let keys = ["title", "matrix", "year", "legend", "timeline", "conflicts", "evidence", "state", "alliance",
                       "type", "all", "events", "undated", "noEvidence", "disagreement", "close", "aggregated", "date",
                       "articles", "pair", "kind", "first", "last", "source", "since", "until", "shown", "none",
                       "aggregatedNote", "notEmbedded", "oneCode", "notInPage"]

    static func labels(_ lang: Language) -> [String: String] {
        let table: [String]
        switch lang {
        case .arabic:
            table = ["تقرير التحالفات", "مصفوفة العضوية", "السنة", "دليل الألوان", "الخط الزمني", "النزاعات", "الأدلة",
                     "الدولة", "التحالف", "النوع", "الكل", "أحداث", "أحداث بلا تاريخ معروف", "لا توجد جملة محفوظة لهذا",
                     "خلاف بين المصادر", "إغلاق", "عدد الأحداث لكل فترة (كثيرة جدا لرسم كل حدث)", "التاريخ", "المقالات",
                     "الطرفان", "نوع النزاع", "أول ذكر", "آخر ذكر", "المصدر", "منذ", "حتى", "معروضة", "لا شيء",
                     "عرض مجمّع: الأحداث وعددها {total} مرسومة كأعداد لكل نوع وسنة؛ القائمة أدناه تضم أحدث {embedded} حدثا مع أدلتها.",
                     "لا يتضمن التقرير أحداث هذه الفترة بعينها، بل عددها فقط", "(الأعداد لدولة واحدة أو لتحالف واحد، لا لكليهما معا)",
                     "هذه الأدلة ليست في الصفحة: يعرضها الأمر alliance-kb evidence {id} أو alliance-kb serve"]
        case .russian:
            table = ["Отчёт о союзах", "Матрица членства", "Год", "Легенда", "Хронология", "Конфликты", "Свидетельства",
                     "Государство", "Союз", "Тип", "Все", "событий", "События без известной даты", "Нет сохранённого предложения",
                     "Источники расходятся", "Закрыть", "Число событий за период (слишком много, чтобы рисовать каждое)", "Дата",
                     "Статьи", "Стороны", "Вид", "Впервые", "В последний раз", "Источник", "С", "До", "показано", "нет",
                     "Сводный вид: {total} событий показаны как число событий каждого типа за год; в списке ниже — {embedded} самых недавних, со свидетельствами.",
                     "Отдельные события этого периода в отчёт не вошли, только их число", "(число считается для одного государства или одного союза, не для обоих сразу)",
                     "Этих свидетельств нет в странице: их выводит alliance-kb evidence {id} или alliance-kb serve"]
        default:
            table = ["Alliance report", "Membership matrix", "Year", "Legend", "Timeline", "Conflicts", "Evidence",
                     "State", "Alliance", "Type", "All", "events", "Events of unknown date", "No stored sentence for this",
                     "Sources disagree", "Close", "Events per period (too many to draw each one)", "Date",
                     "Articles", "Pair", "Kind", "First reported", "Last reported", "Source", "Since", "Until", "shown", "none",
                     "Aggregated view: the {total} events are drawn as counts per type and year; the list below holds the {embedded} most recent, with their evidence.",
                     "The page holds only the count of this period's events, not the events themselves", "(counts are for one state or one alliance, not both at once)",
                     "This evidence is not in the page: alliance-kb evidence {id} prints it, alliance-kb serve shows it"]
        }
        return Dictionary(uniqueKeysWithValues: zip(keys, table))
    }

    static func statuses(_ lang: Language) -> [String: String] {
        let order: [MembershipStatus] = [.member, .suspended, .formerMember, .observer, .partner, .applicant, .nonMember]
        let words: [String]
        switch lang {
        case .arabic: words = ["عضو", "عضوية معلقة", "عضو سابق", "مراقب", "شريك", "مرشح للعضوية", "غير عضو"]
        case .russian: words = ["член", "членство приостановлено", "бывший член", "наблюдатель", "партнёр", "кандидат", "не член"]
        default: words = ["member", "suspended", "former member", "observer", "partner", "applicant", "non-member"]
        }
        return Dictionary(uniqueKeysWithValues: zip(order.map(\.rawValue), words))
    }

    static func types(_ lang: Language) -> [String: String] {
        let order: [EventType] = [.summit, .visit, .requestAssistance, .deployForces, .withdrawForces, .attack, .mediation,
                                  .criticism, .agreement, .membershipChange, .unrest, .election, .appointment, .war, .statement]
        let words: [String]
        switch lang {
        case .arabic:
            words = ["قمة", "زيارة", "طلب مساعدة", "نشر قوات", "سحب قوات", "هجوم", "وساطة", "انتقاد", "اتفاق",
                     "تغيير العضوية", "اضطرابات", "انتخابات", "تعيين", "حرب", "تصريح"]
        case .russian:
            words = ["саммит", "визит", "просьба о помощи", "ввод войск", "вывод войск", "нападение", "посредничество",
                     "критика", "соглашение", "изменение членства", "беспорядки", "выборы", "назначение", "война", "заявление"]
        default:
            words = ["summit", "visit", "request for assistance", "deployment of forces", "withdrawal of forces", "attack",
                     "mediation", "criticism", "agreement", "membership change", "unrest", "election", "appointment", "war", "statement"]
        }
        return Dictionary(uniqueKeysWithValues: zip(order.map(\.rawValue), words))
    }
}
