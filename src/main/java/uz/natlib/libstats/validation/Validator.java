package uz.natlib.libstats.validation;
// STUB until the rules branch is merged
import java.util.*;
import uz.natlib.libstats.normalisation.ReturnData;
@org.springframework.stereotype.Component
public class Validator {
  public List<Finding> validate(ReturnData data, History history) { return List.of(); }
}
