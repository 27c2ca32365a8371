package org.practiceevaluations.recording;

import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** With a council's own case record, the notes are not here: the API says where they are. */
class CaseNotesControllerTest {

  @Test
  void withACouncilsCaseRecordTheNotesAreReadThere() throws Exception {
    CaseNotesController controller = new CaseNotesController(mock(ChildRecordAccess.class),
        new StaticListableBeanFactory().getBeanProvider(DatabaseCaseRecord.class));
    MockMvc mvc = MockMvcBuilders.standaloneSetup(controller).build();

    mvc.perform(get("/api/cases/C104237/case-notes"))
        .andExpect(status().isNotImplemented())
        .andExpect(jsonPath("$.message").value(
            "Case notes are kept in the council's case-management system: read them there."));
  }
}
