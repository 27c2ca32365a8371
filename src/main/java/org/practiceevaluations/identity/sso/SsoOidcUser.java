package org.practiceevaluations.identity.sso;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person logged in through the provider, named by the application's user id (not the raw claim). */
public class SsoOidcUser extends DefaultOidcUser {

  private static final long serialVersionUID = 1L;

  private final String userId;

  public SsoOidcUser(String userId, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
      OidcUserInfo userInfo) {
    super(authorities, idToken, userInfo);
    this.userId = userId;
  }

  @Override
  public String getName() {
    return userId;
  }
}
