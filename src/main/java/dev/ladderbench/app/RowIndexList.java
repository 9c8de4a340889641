package dev.ladderbench.app;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The rows 0..size-1 as a list, computed rather than stored, so a table over a million rows holds no
 * object per row. The search methods are O(1) because the table and its selection model call them.
 */
final class RowIndexList extends AbstractList<Integer> implements RandomAccess {

    private final int size;

    RowIndexList(int size) {
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        return Objects.checkIndex(index, size);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int indexOf(Object o) {
        return o instanceof Integer row && row >= 0 && row < size ? row : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}
