#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <optional>

namespace chorus {

/// One row of a table mapping an enum to its stored key and its (translatable) label.
template <typename E> struct EnumEntry {
    E value;
    const char* key;   ///< stable spelling stored in the database and used by the CLI
    const char* label; ///< source text, translated in the given context at call time
};

/// The key/label lookups every domain enum needs, written once.
template <typename E, std::size_t N> class EnumTable {
public:
    constexpr EnumTable(const char* context, std::array<EnumEntry<E>, N> entries)
        : m_context(context)
        , m_entries(entries) {}

    QString key(E value) const {
        for (const auto& e : m_entries) {
            if (e.value == value)
                return QString::fromLatin1(e.key);
        }
        return {};
    }

    QString label(E value) const {
        for (const auto& e : m_entries) {
            if (e.value == value)
                return QCoreApplication::translate(m_context, e.label);
        }
        return {};
    }

    std::optional<E> fromKey(const QString& key) const {
        const QString k = key.trimmed().toLower();
        for (const auto& e : m_entries) {
            if (k == QLatin1String(e.key))
                return e.value;
        }
        return std::nullopt;
    }

    QStringList keys() const {
        QStringList out;
        for (const auto& e : m_entries)
            out << QString::fromLatin1(e.key);
        return out;
    }

    const std::array<EnumEntry<E>, N>& entries() const { return m_entries; }

private:
    const char* m_context;
    std::array<EnumEntry<E>, N> m_entries;
};

} // namespace chorus
