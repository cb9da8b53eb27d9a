package com.renovare.content.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Partner keys. */
@ApplicationScoped
class PartnerKeyRepository implements PanacheRepositoryBase<PartnerKey, UUID> {}
