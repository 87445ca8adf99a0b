#!/usr/bin/env python3
"""Writes a synthetic news corpus for the ingest benchmark: N articles, half Arabic, half English,
about 2-4 KB each, built from sentence templates (written for this benchmark) with varied states,
places, dates and numbers. Formats: mostly .txt with front matter, some .md, .html and .jsonl."""
import os
import random
import sys

AR_STATES = ["أرمينيا", "أذربيجان", "كازاخستان", "قرغيزستان", "طاجيكستان", "روسيا", "بيلاروسيا", "أوزبكستان", "جورجيا", "أوكرانيا"]
AR_CITIES = ["موسكو", "يريفان", "باكو", "أستانا", "بيشكيك", "دوشنبه", "مينسك", "طشقند", "ألماتي", "تبليسي"]
AR_ALLIANCES = ["منظمة معاهدة الأمن الجماعي", "حلف شمال الأطلسي", "منظمة شنغهاي للتعاون", "رابطة الدول المستقلة", "الاتحاد الاقتصادي الأوراسي"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_TEMPLATES = [
    "أعلنت {state} يوم {day} {month} أنها ستشارك في اجتماع {alliance} المقرر في {city}.",
    "قال وزير خارجية {state} إن بلاده لا تنوي الانسحاب من {alliance} في الوقت الحالي.",
    "وصل وفد عسكري من {state} إلى {city} لبحث التعاون الدفاعي مع شركائه في {alliance}.",
    "انتقد رئيس وزراء {state} أداء {alliance} خلال الأزمة الأخيرة على الحدود مع {state2}.",
    "استضافت {city} قمة لقادة {alliance} بمشاركة رؤساء {count} دول أعضاء.",
    "وأكد المتحدث باسم الخارجية أن {state} و{state2} اتفقتا على استئناف المحادثات في {city}.",
    "أرسلت {alliance} قوة لحفظ السلام قوامها {troops} جندي إلى {state} في {month} {year}.",
    "ذكرت وكالة أنباء محلية أن الاشتباكات على الحدود بين {state} و{state2} أسفرت عن سقوط {count} قتلى.",
    "وفي {year} جمدت {state} مشاركتها في أنشطة {alliance} احتجاجا على موقفها من النزاع.",
    "ودعا الأمين العام لـ{alliance} جميع الأطراف إلى ضبط النفس والعودة إلى طاولة المفاوضات.",
    "وتضم {alliance} حاليا عددا من الجمهوريات السوفيتية السابقة بينها {state} و{state2}.",
    "وأجرت قوات {state} مناورات مشتركة مع جيش {state2} قرب {city} استمرت {count} أيام.",
]
EN_STATES = ["Armenia", "Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Russia", "Belarus", "Uzbekistan", "Georgia", "Ukraine"]
EN_CITIES = ["Moscow", "Yerevan", "Baku", "Astana", "Bishkek", "Dushanbe", "Minsk", "Tashkent", "Almaty", "Tbilisi"]
EN_ALLIANCES = ["the Collective Security Treaty Organization", "NATO", "the Shanghai Cooperation Organisation",
                "the Commonwealth of Independent States", "the Eurasian Economic Union"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EN_TEMPLATES = [
    "{state} said on {month} {day} that it would attend the meeting of {alliance} in {city}.",
    "The foreign minister of {state} told reporters that leaving {alliance} was not on the agenda.",
    "A military delegation from {state} arrived in {city} to discuss defence cooperation within {alliance}.",
    "The prime minister of {state} criticised {alliance} for its silence during the border crisis with {state2}.",
    "{city} hosted a summit of {alliance}, attended by the leaders of {count} member states.",
    "A spokesperson said {state} and {state2} had agreed to resume talks in {city} next month.",
    "{alliance} sent a peacekeeping force of {troops} troops to {state} in {month} {year}.",
    "Local media reported that clashes on the border between {state} and {state2} left {count} people dead.",
    "In {year}, {state} froze its participation in the activities of {alliance} in protest.",
    "The secretary general of {alliance} urged all sides to show restraint and return to negotiations.",
    "{alliance} brings together several former Soviet republics, among them {state} and {state2}.",
    "Troops from {state} held joint exercises with the army of {state2} near {city} for {count} days.",
]


def article(rng, arabic):
    states, cities, alliances, months, templates = (
        (AR_STATES, AR_CITIES, AR_ALLIANCES, AR_MONTHS, AR_TEMPLATES) if arabic
        else (EN_STATES, EN_CITIES, EN_ALLIANCES, EN_MONTHS, EN_TEMPLATES))
    target = rng.randint(2048, 4096)
    paragraphs, size = [], 0
    while size < target:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            s, s2 = rng.sample(states, 2)
            sentences.append(rng.choice(templates).format(
                state=s, state2=s2, city=rng.choice(cities), alliance=rng.choice(alliances),
                month=rng.choice(months), day=rng.randint(1, 28), year=rng.randint(1992, 2025),
                count=rng.randint(2, 40), troops=rng.randint(100, 5000)))
        p = " ".join(sentences)
        paragraphs.append(p)
        size += len(p.encode())
    return "\n\n".join(paragraphs)


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    rng = random.Random(20221127)
    jsonl = None
    for i in range(n):
        arabic = i % 2 == 0
        lang = "ar" if arabic else "en"
        text = article(rng, arabic)
        date = f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        folder = os.path.join(out, lang, f"{i // 500:03d}")
        os.makedirs(folder, exist_ok=True)
        kind = i % 20
        if kind < 14:
            with open(os.path.join(folder, f"{i:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(f"---\npublished: {date}\n---\n{text}\n")
        elif kind < 17:
            with open(os.path.join(folder, f"{i:05d}.md"), "w", encoding="utf-8") as f:
                f.write(f"---\nid: bench-{i}\ntitle: Article {i}\npublished: {date}\nlanguage: {lang}\n---\n{text}\n")
        elif kind < 19:
            body = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n"))
            with open(os.path.join(folder, f"{i:05d}.html"), "w", encoding="utf-8") as f:
                f.write(f'<!DOCTYPE html><html lang="{lang}"><head><title>Article {i}</title>'
                        f'<meta property="article:published_time" content="{date}T08:00:00Z"></head>'
                        f'<body><nav><a href="/">Home</a></nav><article>{body}</article><footer>Footer</footer></body></html>\n')
        else:
            if jsonl is None:
                jsonl = open(os.path.join(out, "feed.jsonl"), "w", encoding="utf-8")
            import json
            jsonl.write(json.dumps({"id": f"bench-{i}", "published": date, "language": lang, "text": text},
                                   ensure_ascii=False) + "\n")
    if jsonl:
        jsonl.close()


if __name__ == "__main__":
    main()
