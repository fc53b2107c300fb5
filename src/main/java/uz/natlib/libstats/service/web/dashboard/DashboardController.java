package uz.natlib.libstats.service.web.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page. */
@Controller
class DashboardController {

    @GetMapping("/")
    String dashboard() {
        return "dashboard";
    }
}
