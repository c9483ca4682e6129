package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.DivisionCode;
import cn.xiangzhi.platform.domain.Starter;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fired (synchronously, in the sign-up's or re-apply's transaction, with the tenant bound) after a
 * starter's places exist, so other contexts add their part of the starter — grids, later the
 * points catalogue and the power list — from their own files in the starter's folder. Observers
 * must change nothing that already exists (applying twice changes nothing) and count what they add.
 */
public final class StarterApplied {

    private final Starter starter;
    private final DivisionCode root;
    private final AtomicInteger added = new AtomicInteger();

    public StarterApplied(Starter starter, DivisionCode root) {
        this.starter = starter;
        this.root = root;
    }

    public Starter starter() {
        return starter;
    }

    public DivisionCode root() {
        return root;
    }

    /** The classpath resource of {@code file} in this starter's folder (it may not exist). */
    public String resource(String file) {
        return "starters/" + starter.code() + "/" + file;
    }

    public void added(int count) {
        added.addAndGet(count);
    }

    public int addedCount() {
        return added.get();
    }
}
