package cn.xiangzhi.devices.domain;

/**
 * The commands the platform may queue for a terminal, each built from checked values: never text
 * a tenant typed (no {@code SHELL}, no free command line). {@code text} is what follows
 * {@code C:<id>:} in the answer to {@code getrequest}.
 */
public record TerminalCommand(Kind kind, String text) {

    /** The kinds of command there are. */
    public enum Kind { UPDATE_USER, DELETE_USER, CHECK }

    /** Writes (or rewrites) a person on the terminal: PIN, name and card; no password, normal privilege. */
    public static TerminalCommand updateUser(TerminalUser user) {
        String card = user.getCard() == null ? "" : user.getCard();
        return new TerminalCommand(Kind.UPDATE_USER, "DATA UPDATE USERINFO PIN=" + TerminalUser.requirePin(user.getPin())
                + "\tName=" + TerminalUser.requireName(user.getName()) + "\tPri=0\tPasswd=\tCard=" + card
                + "\tGrp=1\tTZ=0000000000000000\tVerify=-1");
    }

    public static TerminalCommand deleteUser(String pin) {
        return new TerminalCommand(Kind.DELETE_USER, "DATA DELETE USERINFO PIN=" + TerminalUser.requirePin(pin));
    }

    /** Asks the terminal to compare its data with the server's stamps and send what is missing. */
    public static TerminalCommand check() {
        return new TerminalCommand(Kind.CHECK, "CHECK");
    }
}
