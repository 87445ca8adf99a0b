import Testing
import KBExtraction
import KBModel

@Suite struct TimeArabicTests {
    /// Sunday 2022-11-27.
    static let sunday = "2022-11-27"

    static let cases: [TimeCase] = [
        // Calendar dates in both month systems and the Maghrebi one.
        TimeCase("وقعت الدول الست الاتفاقية في 17 مايو/أيار عام 1992 في طشقند", sunday, ["1992-05-17"]),
        TimeCase("تأسست الهيئة في 15 مايو 1992 بقرار من القادة", sunday, ["1992-05-15"]),
        TimeCase("انعقد اللقاء الأول في مايو 1992", sunday, ["1992-05"]),
        TimeCase("انسحبت جورجيا من المعاهدة عام 1999", sunday, ["1999"]),
        TimeCase("وفي العام 2002 تحولت المعاهدة إلى منظمة", sunday, ["2002"]),
        TimeCase("وفي سنة 2006 عادت طشقند إلى صفوفها", sunday, ["2006"]),
        TimeCase("تغيرت موازين القوى في 2010 بشكل واضح", sunday, ["2010"]),
        TimeCase("وصل الوفد الروسي في 10 يونيو الجاري", "2022-06-20", ["2022-06-10"]),
        TimeCase("أصبحت فنلندا عضوا في الرابع من نيسان/ أبريل 2023", sunday, ["2023-04-04"]),
        TimeCase("لم تشارك في أي مناورة منذ عام 1999", sunday, ["1999"]),
        TimeCase("في تشرين الأول/ أكتوبر 2020 اندلعت المعارك", sunday, ["2020-10"]),
        TimeCase("تجددت الاشتباكات في كانون الأول 2021", sunday, ["2021-12"]),
        TimeCase("دخلت القوات البلاد في 13 كانون الثاني/ يناير 2022", sunday, ["2022-01-13"]),
        TimeCase("أعلنت الحكومة الخطة في 5 جانفي 2022", sunday, ["2022-01-05"]),
        TimeCase("تم التوقيع على الوثيقة في 12 جويلية 2019", sunday, ["2019-07-12"]),
        TimeCase("الاجتماع المقرر في 3 أوت 2021 تأجل", sunday, ["2021-08-03"]),
        TimeCase("وصلت البعثة في 20 أفريل 2018", sunday, ["2018-04-20"]),
        TimeCase("صدر البيان في 1 فيفري 2020", sunday, ["2020-02-01"]),
        TimeCase("نظمت الانتخابات في 9 ماي 2015", sunday, ["2015-05-09"]),
        TimeCase("جرى التصويت في 7 غشت 2016", sunday, ["2016-08-07"]),
        TimeCase("عقد الاجتماع في 5 إبريل 2019 في العاصمة", sunday, ["2019-04-05"]),
        TimeCase("عقد الاجتماع في 5 ابريل 2019 في العاصمة", sunday, ["2019-04-05"]),
        TimeCase("جرت الانتخابات في يوليه 2014", sunday, ["2014-07"]),
        TimeCase("اندلعت الحرب في اغسطس 2008", sunday, ["2008-08"]),
        TimeCase("قدمت السويد طلبها في أيار/ مايو 2022", sunday, ["2022-05"]),
        TimeCase("وقعت المعاهدة يوم 15 مايو/ أيار 1992", sunday, ["1992-05-15"]),
        TimeCase("تأجلت الجلسة إلى 31 فبراير 2022", sunday, ["2022-02"]),
        TimeCase("في 2024م بدأت المرحلة الثانية", sunday, ["2024"]),
        TimeCase("شارك الجيشان في مناورات عامي 2002 و2003", sunday, ["2002", "2003"]),
        TimeCase("السبت 12 نوفمبر وصل الوزير", sunday, ["2022-11-12"]),
        TimeCase("طشقند - الخميس ٢٠ ديسمبر ٢٠١٢", nil, ["2012-12-20"]),
        // Eastern digits, diacritics, tatweel and clitics.
        TimeCase("تأسست في ١٥ مايو ١٩٩٢", sunday, ["1992-05-15"]),
        TimeCase("وقع الاتفاق عام ۲۰۰۲", sunday, ["2002"]),
        TimeCase("في الخَامِسَ عَشَرَ من مَايُو ١٩٩٢ وقعت المعاهدة", sunday, ["1992-05-15"]),
        TimeCase("ارتفعت الأسعار في شهر مـايـو 2022", sunday, ["2022-05"]),
        TimeCase("وفي مايو 2021 وصلت التعزيزات", sunday, ["2021-05"]),
        TimeCase("ومنذ يونيو 2006 لم تغادر المنظمة", sunday, ["2006-06"]),
        TimeCase("وأشار بالأمس إلى أن الحوار مستمر", sunday, ["2022-11-26"]),
        TimeCase("وأمس أعلنت الوزارة انتهاء المهمة", sunday, ["2022-11-26"]),
        // Hijri.
        TimeCase("سلمت الوثيقة في يوم وافق 26 شعبان 1445هـ", "2024-03-08", ["2024-03-07"]),
        TimeCase("الجمعة 8 مارس 2024 الموافق 27 شعبان 1445 هـ", nil, ["2024-03-08", "2024-03-08"]),
        TimeCase("صدر المرسوم عام 1444 هـ", sunday, ["2023"]),
        TimeCase("بدأت المحادثات في الأول من رمضان 1445", sunday, ["2024-03-11"]),
        TimeCase("ووقع الحادث في 26 شعبان", "2024-03-08", ["2024-03-07"]),
        TimeCase("ووقع الحادث في 26 شعبان", nil, ["-"]),
        // Relative to the publication date.
        TimeCase("أعلن الكرملين اليوم أن القمة ستعقد في موعدها", sunday, ["2022-11-27"]),
        TimeCase("وقال المتحدث أمس إن الحوار مستمر", sunday, ["2022-11-26"]),
        TimeCase("وكان الرئيس قد وصل يوم أمس إلى موسكو", sunday, ["2022-11-26"]),
        TimeCase("وقع الهجوم أول أمس على الحدود", sunday, ["2022-11-25"]),
        TimeCase("ووقع الانفجار أول من أمس قرب الحدود", sunday, ["2022-11-25"]),
        TimeCase("يصل الوزير غدا إلى باكو", sunday, ["2022-11-28"]),
        TimeCase("ونقل التلفزيون مساء أمس كلمة الرئيس", sunday, ["2022-11-26"]),
        TimeCase("التقى الرئيسان الأحد في سوتشي", sunday, ["2022-11-27"]),
        TimeCase("التقى الرئيسان يوم الثلاثاء في سوتشي", sunday, ["2022-11-22"]),
        TimeCase("وأكد يوم الاثنين أن بلاده ملتزمة", sunday, ["2022-11-21"]),
        TimeCase("اجتمع المجلس الأربعاء الماضي في موسكو", "2022-11-30", ["2022-11-23"]),
        TimeCase("ستعقد القمة الخميس المقبل في يريفان", sunday, ["2022-12-01"]),
        TimeCase("وقال اليوم الأحد إن المحاولات مستمرة", sunday, ["2022-11-27"]),
        TimeCase("انضمت السويد يوم أمس الخميس إلى الحلف", "2024-03-08", ["2024-03-07"]),
        TimeCase("ارتفعت الأسعار الشهر الماضي بنسبة كبيرة", sunday, ["2022-10"]),
        TimeCase("تستمر المفاوضات خلال الشهر الجاري", sunday, ["2022-11"]),
        TimeCase("ستجرى الانتخابات الشهر المقبل", "2022-12-05", ["2023-01"]),
        TimeCase("تراجعت الصادرات العام الماضي", sunday, ["2021"]),
        TimeCase("وتنتهي ولاية الأمين العام العام المقبل", sunday, ["2023"]),
        TimeCase("وارتفع الإنفاق العسكري في السنة الماضية", sunday, ["2021"]),
        TimeCase("وتضاعف الإنفاق هذا العام", sunday, ["2022"]),
        TimeCase("طلبت أرمينيا المساعدة في سبتمبر الماضي", sunday, ["2022-09"]),
        TimeCase("وصلت القوات في سبتمبر/ أيلول الماضي", "2022-09-15", ["2021-09"]),
        TimeCase("تعقد القمة المقبلة في يناير المقبل", sunday, ["2023-01"]),
        TimeCase("ستصدر النتائج منتصف الشهر الجاري", sunday, ["2022-11"]),
        TimeCase("وفي أواخر العام الماضي اندلعت احتجاجات", sunday, ["2021"]),
        TimeCase("زار الرئيس يريفان مطلع الشهر الجاري", sunday, ["2022-11"]),
        TimeCase("أعلن قبل يومين أن الحدود مغلقة", sunday, ["2022-11-25"]),
        TimeCase("بدأت الاشتباكات منذ ثلاثة أيام", sunday, ["2022-11-24"]),
        TimeCase("لم تكن المنظمة موجودة قبل عام 2000", sunday, ["2000"]),
        TimeCase("زار يوم 3 مارس العاصمة", sunday, ["2022-03-03"]),
        TimeCase("انطلقت المناورات في الـ15 من الشهر الجاري", sunday, ["2022-11-15"]),
        TimeCase("وصل الوفد في العاشر من الشهر الماضي", sunday, ["2022-10-10"]),
        TimeCase("وقعت الاتفاقية في الـ 4 من أبريل 2023", sunday, ["2023-04-04"]),
        // What is to come points ahead.
        TimeCase("من المقرر أن يزور الرئيس موسكو الخميس", sunday, ["2022-12-01"]),
        TimeCase("سوف يعقد الاجتماع في 10 مارس", sunday, ["2023-03-10"]),
        TimeCase("عقد الاجتماع في 10 مارس", sunday, ["2022-03-10"]),
        // Without a publication date relative expressions stay unresolved; a month named keeps its month.
        TimeCase("وصل الوزير أمس إلى يريفان", nil, ["-"]),
        TimeCase("طلبت المساعدة في سبتمبر الماضي", nil, ["XXXX-09"]),
        TimeCase("وصل الوفد في 10 يونيو", nil, ["XXXX-06-10"]),
        // Anaphoric.
        TimeCase("وآنذاك انسحبت القوات من كازاخستان", sunday, ["-"]),
        TimeCase("وحينها أعلنت موسكو رفضها", sunday, ["-"]),
        TimeCase("في ذلك الوقت كانت أرمينيا تطالب بالدعم", sunday, ["-"]),
        // Durations, vague phrases and other numbers are not dates.
        TimeCase("مع دخول الصراع في أوكرانيا شهره العاشر", sunday, []),
        TimeCase("أودى بحياة مئات الأشخاص في الأشهر الأخيرة", sunday, []),
        TimeCase("كانت تعتبرها منذ فترة طويلة مجال نفوذها", sunday, []),
        TimeCase("تطورت العلاقات في السنوات الماضية", sunday, []),
        TimeCase("وبعد قرابة ستة أشهر من تلك الرسالة", sunday, []),
        TimeCase("ارتفع عدد الأعضاء إلى 32 دولة", sunday, []),
        TimeCase("شهد اليوم التالي للقمة توترا", sunday, []),
        TimeCase("أعلن قبل يومين من القمة أنه لن يحضر", sunday, []),
        TimeCase("مارس الرئيس ضغوطا على الحكومة", sunday, []),
        TimeCase("نشرت 2500 جندي على الحدود", sunday, []),
        TimeCase("الحكومة في أمس الحاجة إلى الدعم", sunday, []),
        TimeCase("قال الأمين العام الحالي للمنظمة إن الباب مفتوح", sunday, []),
        TimeCase("بلغت نسبة المشاركة 20 في المئة", sunday, []),
        TimeCase("بدأت الجلسة عند الساعة 10:30 صباحا", sunday, []),
        // More forms.
        TimeCase("عقد الاجتماع يوم الجمعة الماضي في موسكو", sunday, ["2022-11-25"]),
        TimeCase("تتواصل المشاورات هذا الأسبوع", sunday, ["2022-11"]),
        TimeCase("وقعت الاتفاقية في الفترة من 2010 إلى 2012", sunday, ["2010", "2012"]),
        TimeCase("وأعلن في وقت سابق من هذا الشهر", sunday, ["2022-11"]),
        TimeCase("اجتمع الوزراء في 10 يونيو/حزيران الجاري", "2022-06-20", ["2022-06-10"]),
        TimeCase("وشهد العام الحالي تصعيدا", sunday, ["2022"]),
        TimeCase("ارتفعت الأسعار منذ مطلع العام", sunday, ["2022"]),
        TimeCase("لم يتغير شيء منذ اليوم الأول للحرب", sunday, []),
    ]

    @Test(arguments: cases)
    func datesAreResolved(_ c: TimeCase) {
        #expect(c.dates(in: .arabic) == c.expected)
    }

    @Test func offsetsPointIntoTheOriginalTextAfterTheClitic() {
        let sentence = "وَآنذاك انسحبت القوات أمسِ"
        let found = TemporalTagger.shared.expressions(in: sentence, language: .arabic, reference: FuzzyDate(iso: "2022-11-27"))
        #expect(found.map(\.text) == ["آنذاك", "أمسِ"])
        #expect(found.map(\.kind) == [.anaphoric, .relative])
        let scalars = Array(sentence.unicodeScalars)
        for e in found {
            #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.text)
        }
    }

    @Test func aMonthPairIsOneExpression() {
        let found = TemporalTagger.shared.expressions(in: "في سبتمبر/ أيلول الماضي طلبت المساعدة", language: .arabic, reference: FuzzyDate(iso: "2022-11-27"))
        #expect(found.count == 1)
        #expect(found.first?.text == "سبتمبر/ أيلول الماضي")
    }
}
