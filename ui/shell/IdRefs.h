#pragma once

#include "model/Ids.h"

#include <memory>
#include <vector>

namespace chorus::ui {

/// An id that undo may change: undoing the creation of a row and redoing it stores it again under a new
/// id. Commands hold an IdRef instead of a plain id, so edits made to the row before the undo still
/// apply after the redo.
using IdRef = std::shared_ptr<Id>;

class IdRefs final {
public:
    /// The live reference for `id` (a new one when nobody holds it).
    IdRef ref(Id id) {
        for (auto it = m_refs.begin(); it != m_refs.end();) {
            if (IdRef live = it->lock()) {
                if (*live == id)
                    return live;
                ++it;
            } else {
                it = m_refs.erase(it);
            }
        }
        auto made = std::make_shared<Id>(id);
        m_refs.push_back(made);
        return made;
    }
    /// The row stored as `from` is now `to`.
    void renamed(Id from, Id to) {
        for (const auto& weak : m_refs) {
            if (IdRef live = weak.lock(); live && *live == from)
                *live = to;
        }
    }

private:
    std::vector<std::weak_ptr<Id>> m_refs;
};

} // namespace chorus::ui
