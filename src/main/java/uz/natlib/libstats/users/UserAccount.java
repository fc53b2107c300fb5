package uz.natlib.libstats.users;

/**
 * A user of the service.
 *
 * @param regionCode the region a {@link Role#REGIONAL} user is bound to; {@code null} for the others
 * @param language   {@code cyrl}, {@code latn} or {@code en}: the pages' language, remembered
 */
public record UserAccount(long id, String username, String passwordHash, Role role, String regionCode, String language,
                          boolean enabled) {

    public boolean isRegional() {
        return role == Role.REGIONAL;
    }

    /**
     * Whether this user may see what belongs to a region (its districts' files, its reports):
     * national roles see every region, a regional user only its own.
     *
     * @param region the region the thing belongs to; {@code null} for the nation's, which everyone sees
     */
    public boolean maySeeRegion(String region) {
        return !isRegional() || region == null || region.equals(regionCode);
    }
}
