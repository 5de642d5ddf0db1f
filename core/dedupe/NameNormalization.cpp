#include "NameNormalization.h"

#include <QHash>
#include <QSet>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace chorus {
namespace {
bool isMark(char32_t c) {
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

/// Letters without a decomposition, spelled the way people type them on an ASCII keyboard.
const char* spelledOut(char32_t c) {
    switch (c) {
    case U'ß':
        return "ss";
    case U'ø':
        return "o";
    case U'æ':
        return "ae";
    case U'œ':
        return "oe";
    case U'ł':
        return "l";
    case U'đ':
    case U'ð':
        return "d";
    case U'þ':
        return "th";
    case U'ı':
        return "i";
    case U'ħ':
        return "h";
    case U'ŀ':
        return "l";
    default:
        return nullptr;
    }
}

bool isJoiner(char32_t c) {
    return c == U'-' || c == U'\'' || c == U'\u2019' || c == U'\u02BC' ||
           (c >= U'\u2010' && c <= U'\u2013') || c == U'\u00B7';
}

bool isNeutralScript(QChar::Script script) {
    return script == QChar::Script_Common || script == QChar::Script_Inherited ||
           script == QChar::Script_Unknown;
}

/// Words of already folded text: letters and digits; hyphens and apostrophes join; everything else separates.
QStringList words(const QString& folded) {
    QStringList out;
    QString current;
    for (char32_t c : folded.toUcs4()) {
        if (QChar::isLetterOrNumber(c)) {
            current.append(QString::fromUcs4(&c, 1));
        } else if (!isJoiner(c) && !current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

QStringList withoutHonorifics(QStringList tokens) {
    static const QSet<QString> honorifics{
        QStringLiteral("mr"),   QStringLiteral("mrs"), QStringLiteral("ms"),   QStringLiteral("miss"),
        QStringLiteral("mx"),   QStringLiteral("dr"),  QStringLiteral("prof"), QStringLiteral("sir"),
        QStringLiteral("dame"), QStringLiteral("jr"),  QStringLiteral("sr"),   QStringLiteral("ii"),
        QStringLiteral("iii"),  QStringLiteral("phd"), QStringLiteral("md"),   QStringLiteral("herr"),
        QStringLiteral("frau"), QStringLiteral("mme"), QStringLiteral("mlle")};
    QStringList kept;
    for (const QString& t : tokens) {
        if (!honorifics.contains(t))
            kept << t;
    }
    return kept.isEmpty() ? tokens : kept;
}

QChar::Script dominantScript(const QString& text) {
    for (char32_t c : text.toUcs4()) {
        if (!QChar::isLetter(c))
            continue;
        const QChar::Script s = QChar::script(c);
        if (!isNeutralScript(s) && s != QChar::Script_Latin)
            return s;
    }
    return QChar::Script_Latin;
}

std::unique_ptr<icu::Transliterator> makeTransliterator() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        return nullptr;
    return t;
}
} // namespace

QString transliterateToLatin(const QString& text) {
    // A transliterator is not safe to share between threads; each thread (a scan worker) builds its own once.
    thread_local const std::unique_ptr<icu::Transliterator> transliterator = makeTransliterator();
    if (!transliterator)
        return text;
    icu::UnicodeString u(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    transliterator->transliterate(u);
    return QString(reinterpret_cast<const QChar*>(u.getBuffer()), u.length());
}

QString foldForMatching(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (char32_t c : decomposed.toUcs4()) {
        if (isMark(c))
            continue;
        c = QChar::toCaseFolded(c);
        if (const char* spelled = spelledOut(c))
            out += QLatin1String(spelled);
        else
            out.append(QString::fromUcs4(&c, 1));
    }
    return out;
}

NormalizedName normalizeName(const QString& name) {
    NormalizedName n;
    n.script = dominantScript(name);
    const QStringList folded = withoutHonorifics(words(foldForMatching(name)));
    if (n.script == QChar::Script_Latin) {
        n.tokens = folded;
        return n;
    }
    n.native = folded;
    n.tokens = withoutHonorifics(words(foldForMatching(transliterateToLatin(name))));
    return n;
}

QString organisationKey(const QString& organisation) {
    static const QSet<QString> suffixes{QStringLiteral("inc"),  QStringLiteral("incorporated"),
                                        QStringLiteral("ltd"),  QStringLiteral("limited"),
                                        QStringLiteral("llc"),  QStringLiteral("llp"),
                                        QStringLiteral("gmbh"), QStringLiteral("ag"),
                                        QStringLiteral("sa"),   QStringLiteral("sas"),
                                        QStringLiteral("sarl"), QStringLiteral("srl"),
                                        QStringLiteral("spa"),  QStringLiteral("bv"),
                                        QStringLiteral("nv"),   QStringLiteral("plc"),
                                        QStringLiteral("corp"), QStringLiteral("corporation"),
                                        QStringLiteral("co"),   QStringLiteral("company"),
                                        QStringLiteral("the"),  QStringLiteral("oy"),
                                        QStringLiteral("ab"),   QStringLiteral("kk"),
                                        QStringLiteral("pty"),  QStringLiteral("se")};
    QStringList kept;
    for (const QString& w : words(foldForMatching(organisation))) {
        if (!suffixes.contains(w))
            kept << w;
    }
    return kept.join(QLatin1Char(' '));
}

QString canonicalGivenName(const QString& token) {
    static const QHash<QString, QString> nicknames = [] {
        QHash<QString, QString> m;
        const auto add = [&m](const char* formal, std::initializer_list<const char*> shorts) {
            for (const char* s : shorts)
                m.insert(QString::fromLatin1(s), QString::fromLatin1(formal));
        };
        add("robert", {"bob", "bobby", "rob", "robbie", "bert"});
        add("william", {"bill", "billy", "will", "willy", "liam"});
        add("elizabeth", {"liz", "lizzie", "beth", "betty", "eliza", "elisabeth"});
        add("katherine", {"kate", "katie", "kathy", "kat", "catherine", "kathryn"});
        add("michael", {"mike", "mick", "mikey", "micha"});
        add("james", {"jim", "jimmy", "jamie"});
        add("thomas", {"tom", "tommy"});
        add("david", {"dave", "davey"});
        add("christopher", {"chris", "kit"});
        add("alexander", {"alex", "sasha", "sandy"});
        add("alexandra", {"alexa", "lexi"});
        add("samuel", {"sam", "sammy"});
        add("benjamin", {"ben", "benji"});
        add("daniel", {"dan", "danny"});
        add("joseph", {"joe", "joey"});
        add("matthew", {"matt"});
        add("nicholas", {"nick", "nico"});
        add("anthony", {"tony"});
        add("andrew", {"andy", "drew"});
        add("steven", {"steve", "stephen", "stevie"});
        add("jennifer", {"jen", "jenny"});
        add("patrick", {"pat", "paddy"});
        add("edward", {"ed", "eddie", "ted", "ned"});
        add("gregory", {"greg"});
        add("jonathan", {"jon", "jonny"});
        add("nathan", {"nate", "nathaniel"});
        add("peter", {"pete"});
        add("richard", {"rick", "rich", "dick"});
        add("margaret", {"maggie", "meg", "peggy"});
        add("susan", {"sue", "susie"});
        add("rebecca", {"becky", "becca"});
        add("victoria", {"vicky", "tori"});
        add("charles", {"charlie", "chuck"});
        add("timothy", {"tim", "timmy"});
        add("maximilian", {"max"});
        add("johannes", {"hannes"});
        add("francesco", {"franco", "cesco"});
        add("giuseppe", {"beppe", "peppe"});
        add("aleksandr", {"sanya"});
        add("mikhail", {"misha"});
        add("dmitri", {"dima", "dmitry"});
        return m;
    }();
    return nicknames.value(token, token);
}

} // namespace chorus
