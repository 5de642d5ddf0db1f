#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace chorus {

/// What went wrong, in a form the UI can translate and the CLI can map to an exit status.
enum class ErrorCode {
    Invalid,     ///< bad input from the user or a file
    NotFound,    ///< an id, file or item that does not exist
    Conflict,    ///< the change collides with existing data (a duplicate identity…)
    Database,    ///< SQLite reported an error
    Io,          ///< reading or writing a file failed
    NewerSchema, ///< the workspace was written by a newer Chorus
    Damaged,     ///< the file is not a readable workspace
    Cancelled,   ///< the user or caller stopped the work
    Network,     ///< a fetch failed
};

struct Error {
    ErrorCode code = ErrorCode::Invalid;
    QString message;
};

inline Error makeError(ErrorCode code, QString message) {
    return Error{code, std::move(message)};
}

/// A value or an Error: core never throws across its public API.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace chorus
