package uz.natlib.libstats.service.web;

/** Nothing with that identifier (or nothing this user may know of): answered 404. */
public class NotFound extends RuntimeException {

    public NotFound() {
        super("not found");
    }
}
