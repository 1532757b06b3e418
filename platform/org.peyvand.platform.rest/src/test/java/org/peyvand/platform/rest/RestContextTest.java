package org.peyvand.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

class RestContextTest {

    @Test
    void aCreatedRecordIsAnsweredWithItsAddressUnderTheRequestPath() {
        UriInfo uri = mock(UriInfo.class);
        when(uri.getAbsolutePathBuilder()).thenAnswer(call -> UriBuilder.fromUri("http://crm.example/api/v1/accounts"));
        Object record = new Object();

        Response response = RestContext.created(uri, 42L, record);

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation()).isEqualTo(URI.create("http://crm.example/api/v1/accounts/42"));
        assertThat(response.getEntity()).isSameAs(record);
    }
}
